import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { Tx } from '@/lib/db';
import { queueRecipientNotices } from '@/lib/recipients/notifications';
import { deleteObject } from '@/lib/storage/vault';

export type ErasureOutcome = 'erased' | 'kept_legal_hold' | 'kept_legal_obligation';

export interface EraseRecordingOptions {
  recordingId: string;
  cause: 'request' | 'retention' | 'consent_withdrawal';
  requestId?: string;
  staffUserId?: string;
  at?: Date;
}

/** A hold on the call itself or on all calls of its customer, not lifted and not past its end date. */
export function activeHoldWhere(at: Date): Prisma.LegalHoldWhereInput {
  return { liftedAt: null, OR: [{ endsAt: null }, { endsAt: { gt: at } }] };
}

/**
 * Erases one call inside the caller's transaction by crypto-shredding: the wrapped data key
 * is destroyed, so the audio is unreadable wherever a copy of the object survives; the
 * transcript and redactions go too. The row stays as a tombstone (when, why, by whom) with
 * nothing of the voice or the words. A legal hold (Art. 17(3)(e)) or a legal obligation still
 * running (17(3)(b)) keeps the call. Returns the storage key to delete once committed.
 */
export async function eraseRecording(tx: Tx, options: EraseRecordingOptions): Promise<{ outcome: ErasureOutcome; storageKeyToDelete?: string }> {
  const at = options.at ?? new Date();
  const recording = await tx.recording.findUniqueOrThrow({
    where: { id: options.recordingId },
    select: { id: true, status: true, customerId: true, legalBasis: true, retentionUntil: true, storageKey: true },
  });
  if (recording.status === 'erased') return { outcome: 'erased' };
  const hold = await tx.legalHold.findFirst({
    where: { ...activeHoldWhere(at), OR: [{ recordingId: recording.id }, ...(recording.customerId ? [{ customerId: recording.customerId, recordingId: null }] : [])] },
    select: { id: true },
  });
  if (hold) return { outcome: 'kept_legal_hold' };
  if (recording.legalBasis === 'legal_obligation' && recording.retentionUntil > at) return { outcome: 'kept_legal_obligation' };

  await tx.transcriptSegment.deleteMany({ where: { recordingId: recording.id } });
  await tx.redaction.deleteMany({ where: { recordingId: recording.id } });
  await tx.recording.update({
    where: { id: recording.id },
    data: { status: 'erased', wrappedKey: null, storageKey: null, erasedAt: at, erasedByRequestId: options.requestId, erasedByStaffId: options.staffUserId, erasureCause: options.cause },
  });
  await queueRecipientNotices(tx, { recordingId: recording.id, kind: 'erasure', requestId: options.requestId });
  await appendAuditEvent(tx, {
    type: 'recording.erased',
    actorType: options.staffUserId ? 'staff' : 'system',
    actorId: options.staffUserId,
    customerId: recording.customerId,
    recordingId: recording.id,
    requestId: options.requestId,
    details: { cause: options.cause },
  });
  return { outcome: 'erased', storageKeyToDelete: recording.storageKey ?? undefined };
}

/** After commit: the object itself. A failure here leaves only ciphertext whose key no longer exists. */
export async function deleteErasedObjects(storageKeys: (string | undefined)[]): Promise<void> {
  for (const key of storageKeys) if (key) await deleteObject(key).catch(() => undefined);
}
