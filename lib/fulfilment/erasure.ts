import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { appendAuditEvents } from '@/lib/audit/mutations';
import type { Tx } from '@/lib/db';
import { queueRecipientNoticesFor } from '@/lib/recipients/notifications';
import { deleteObject } from '@/lib/storage/vault';

export type ErasureOutcome = 'erased' | 'kept_legal_hold' | 'kept_legal_obligation';

export interface EraseRecordingsOptions {
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
 * Erases calls inside the caller's transaction by crypto-shredding: the wrapped data key is
 * destroyed, so the audio is unreadable wherever a copy of the object survives; transcripts
 * and redactions go too. Each row stays as a tombstone (when, why, by whom) with nothing of
 * the voice or the words, and gets its own audit event. A legal hold (Art. 17(3)(e)) or a
 * legal obligation still running (17(3)(b)) keeps a call. Set-based, so a purge of thousands
 * of calls is a handful of statements. Returns each call's outcome and the storage keys to
 * delete once committed.
 */
export async function eraseRecordings(tx: Tx, recordingIds: string[], options: EraseRecordingsOptions) {
  const at = options.at ?? new Date();
  const recordings = await tx.recording.findMany({
    where: { id: { in: recordingIds } },
    select: { id: true, status: true, customerId: true, legalBasis: true, retentionUntil: true, storageKey: true },
  });
  const holds = await tx.legalHold.findMany({
    where: { ...activeHoldWhere(at), OR: [{ recordingId: { in: recordingIds } }, { recordingId: null, customerId: { in: [...new Set(recordings.map((r) => r.customerId).filter((id): id is string => Boolean(id)))] } }] },
    select: { recordingId: true, customerId: true },
  });
  const held = (recording: (typeof recordings)[number]) => holds.some((hold) => hold.recordingId === recording.id || (hold.recordingId === null && hold.customerId === recording.customerId));

  const outcomes = new Map<string, ErasureOutcome>();
  const toErase: typeof recordings = [];
  for (const recording of recordings) {
    if (recording.status === 'erased') outcomes.set(recording.id, 'erased');
    else if (held(recording)) outcomes.set(recording.id, 'kept_legal_hold');
    else if (recording.legalBasis === 'legal_obligation' && recording.retentionUntil > at) outcomes.set(recording.id, 'kept_legal_obligation');
    else {
      outcomes.set(recording.id, 'erased');
      toErase.push(recording);
    }
  }
  const ids = toErase.map((recording) => recording.id);
  if (ids.length) {
    await tx.transcriptSegment.deleteMany({ where: { recordingId: { in: ids } } });
    await tx.redaction.deleteMany({ where: { recordingId: { in: ids } } });
    await tx.recording.updateMany({
      where: { id: { in: ids } },
      data: { status: 'erased', wrappedKey: null, storageKey: null, erasedAt: at, erasedByRequestId: options.requestId, erasedByStaffId: options.staffUserId, erasureCause: options.cause },
    });
    await queueRecipientNoticesFor(tx, ids, 'erasure', options.requestId);
    await appendAuditEvents(
      tx,
      toErase.map((recording) => ({
        type: 'recording.erased' as const,
        actorType: options.staffUserId ? ('staff' as const) : ('system' as const),
        actorId: options.staffUserId,
        customerId: recording.customerId,
        recordingId: recording.id,
        requestId: options.requestId,
        details: { cause: options.cause },
      })),
    );
  }
  return { outcomes, storageKeysToDelete: toErase.map((recording) => recording.storageKey).filter((key): key is string => Boolean(key)) };
}

/** One call; see eraseRecordings. */
export async function eraseRecording(tx: Tx, options: EraseRecordingsOptions & { recordingId: string }): Promise<{ outcome: ErasureOutcome; storageKeyToDelete?: string }> {
  const result = await eraseRecordings(tx, [options.recordingId], options);
  return { outcome: result.outcomes.get(options.recordingId) ?? 'erased', storageKeyToDelete: result.storageKeysToDelete[0] };
}

/** After commit: the objects themselves. A failure here leaves only ciphertext whose key no longer exists. */
export async function deleteErasedObjects(storageKeys: (string | undefined)[]): Promise<void> {
  for (const key of storageKeys) if (key) await deleteObject(key).catch(() => undefined);
}
