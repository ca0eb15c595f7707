import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { StaffPrincipal } from '@/lib/auth';
import { getDb, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { deleteErasedObjects, eraseRecordings, type ErasureOutcome } from '@/lib/fulfilment/erasure';

/**
 * Calls that arrived although the caller had withdrawn consent for all their purposes are
 * quarantined at ingest: hidden from the customer, used for nothing. A DPO resolves each one:
 * erase it now, or release it with a reason (for instance, consent was in fact given and the
 * IVR's proof was lost). Both are audited in the same transaction.
 */

export async function listQuarantinedRecordings() {
  const db = await getDb();
  return db.recording.findMany({
    where: { status: 'quarantined' },
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: {
      id: true,
      externalId: true,
      startedAt: true,
      createdAt: true,
      durationSeconds: true,
      purposes: true,
      legalBasis: true,
      quarantineReason: true,
      customer: { select: { customerNumber: true, fullName: true } },
    },
  });
}

export type QuarantinedRecording = Awaited<ReturnType<typeof listQuarantinedRecordings>>[number];

/** The call, still in quarantine, locked for this transaction: two DPOs cannot resolve it twice. */
async function lockQuarantined(tx: Tx, recordingId: string) {
  await tx.$executeRaw`SELECT 1 FROM recordings WHERE id = ${recordingId} FOR UPDATE`;
  const recording = await tx.recording.findUnique({ where: { id: recordingId }, select: { id: true, status: true, customerId: true } });
  if (!recording) throw new AppError('not_found', `recording ${recordingId}`);
  if (recording.status !== 'quarantined') throw new AppError('conflict', `recording ${recordingId} is ${recording.status}, not quarantined`);
  return recording;
}

/**
 * Erases the call through the erasure every other path uses. A legal hold or a running legal
 * obligation still keeps it: then nothing changes, it stays in quarantine, and the outcome says why.
 */
export async function eraseQuarantinedRecording(staff: StaffPrincipal, recordingId: string): Promise<ErasureOutcome> {
  const db = await getDb();
  const { outcome, storageKeys } = await db.$transaction(async (tx) => {
    const recording = await lockQuarantined(tx, recordingId);
    const at = new Date();
    const erasure = await eraseRecordings(tx, [recordingId], { cause: 'consent_withdrawal', staffUserId: staff.staffUserId, at });
    const result = erasure.outcomes.get(recordingId) ?? 'erased';
    if (result !== 'erased') return { outcome: result, storageKeys: [] };
    await tx.recording.update({ where: { id: recordingId }, data: { quarantineResolvedAt: at, quarantineResolvedById: staff.staffUserId } });
    await appendAuditEvent(tx, { type: 'recording.quarantine_resolved', actorType: 'staff', actorId: staff.staffUserId, customerId: recording.customerId, recordingId, details: { resolution: 'erased' } });
    return { outcome: result, storageKeys: erasure.storageKeysToDelete };
  });
  await deleteErasedObjects(storageKeys);
  return outcome;
}

/** Releases the call into the customer's calls (status available); the reason goes into the audit log. */
export async function releaseQuarantinedRecording(staff: StaffPrincipal, recordingId: string, reason: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const recording = await lockQuarantined(tx, recordingId);
    await tx.recording.update({ where: { id: recordingId }, data: { status: 'available', quarantineResolvedAt: new Date(), quarantineResolvedById: staff.staffUserId } });
    await appendAuditEvent(tx, { type: 'recording.quarantine_resolved', actorType: 'staff', actorId: staff.staffUserId, customerId: recording.customerId, recordingId, details: { resolution: 'released', reason } });
  });
}
