import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { appendAuditEvents } from '@/lib/audit/mutations';
import type { Db, Tx } from '@/lib/db';
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
 * What erasure decides for each call at `at`, changing nothing: already erased, kept under a
 * legal hold (Art. 17(3)(e)) or a legal obligation still running (17(3)(b)), or to be erased
 * now. eraseRecordings acts on it and previewErasure shows it, so the two cannot disagree.
 */
export async function decideErasure(db: Db | Tx, recordingIds: string[], at: Date) {
  const recordings = await db.recording.findMany({
    where: { id: { in: recordingIds } },
    select: { id: true, status: true, customerId: true, legalBasis: true, retentionUntil: true, storageKey: true },
  });
  const holds = await db.legalHold.findMany({
    // AND, not a spread: activeHoldWhere has an OR of its own, which a second OR key would replace (an ended hold kept calls).
    where: { AND: [activeHoldWhere(at), { OR: [{ recordingId: { in: recordingIds } }, { recordingId: null, customerId: { in: [...new Set(recordings.map((r) => r.customerId).filter((id): id is string => Boolean(id)))] } }] }] },
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
  return { outcomes, toErase };
}

/**
 * Erases calls inside the caller's transaction by crypto-shredding: the wrapped data key is
 * destroyed, so the audio is unreadable wherever a copy of the object survives; transcripts
 * and redactions go too. Each row stays as a tombstone (when, why, by whom) with nothing of
 * the voice or the words, and gets its own audit event. A legal hold (Art. 17(3)(e)) or a
 * legal obligation still running (17(3)(b)) keeps a call. Set-based, so a purge of thousands
 * of calls is a handful of statements. Access packages not yet expired that hold an erased
 * call are destroyed with it. Returns each call's outcome, what was destroyed and the audit
 * event of each erased call (for the erasure certificate), and the storage keys to delete
 * once committed.
 */
export async function eraseRecordings(tx: Tx, recordingIds: string[], options: EraseRecordingsOptions) {
  const at = options.at ?? new Date();
  // Two erasures of one call at once (a purge beside a request, two requests) queue here, so the
  // second sees the call already erased and writes nothing twice; a fixed order avoids deadlocks.
  if (recordingIds.length) await tx.$queryRaw`SELECT id FROM recordings WHERE id IN (${Prisma.join(recordingIds)}) ORDER BY id FOR UPDATE`;
  const { outcomes, toErase } = await decideErasure(tx, recordingIds, at);
  const ids = toErase.map((recording) => recording.id);
  const destroyed = new Map<string, DestroyedParts>();
  const auditSeqs = new Map<string, bigint>();
  const packageKeys: string[] = [];
  if (ids.length) {
    const [segments, redactions] = await Promise.all([
      tx.transcriptSegment.groupBy({ by: ['recordingId'], where: { recordingId: { in: ids } }, _count: { _all: true } }),
      tx.redaction.groupBy({ by: ['recordingId'], where: { recordingId: { in: ids } }, _count: { _all: true } }),
    ]);
    const segmentCounts = new Map(segments.map((row) => [row.recordingId, row._count._all]));
    const redactionCounts = new Map(redactions.map((row) => [row.recordingId, row._count._all]));
    const packageCopies = await shredPackagesHolding(tx, ids, options, packageKeys);
    for (const recording of toErase) {
      destroyed.set(recording.id, {
        storedObject: Boolean(recording.storageKey),
        transcriptSegments: segmentCounts.get(recording.id) ?? 0,
        redactions: redactionCounts.get(recording.id) ?? 0,
        packageCopies: packageCopies.get(recording.id) ?? 0,
      });
    }
    await tx.transcriptSegment.deleteMany({ where: { recordingId: { in: ids } } });
    await tx.redaction.deleteMany({ where: { recordingId: { in: ids } } });
    await tx.recording.updateMany({
      where: { id: { in: ids } },
      data: { status: 'erased', wrappedKey: null, storageKey: null, erasedAt: at, erasedByRequestId: options.requestId, erasedByStaffId: options.staffUserId, erasureCause: options.cause },
    });
    await queueRecipientNoticesFor(tx, ids, 'erasure', options.requestId);
    const seqs = await appendAuditEvents(
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
    toErase.forEach((recording, index) => auditSeqs.set(recording.id, seqs[index]!));
  }
  return {
    outcomes,
    /** What was destroyed now, per call erased by this run (a call erased earlier is not in it). */
    destroyed,
    /** The recording.erased audit event of each call erased by this run. */
    auditSeqs,
    storageKeysToDelete: [...toErase.map((recording) => recording.storageKey).filter((key): key is string => Boolean(key)), ...packageKeys],
  };
}

/** Counts of what an erasure destroyed for one call; the certificate lists them. */
export interface DestroyedParts {
  /** An encrypted object existed (deleted after commit; its data key is destroyed in the commit). */
  storedObject: boolean;
  transcriptSegments: number;
  redactions: number;
  /** Access packages not yet expired that held a copy of the call and were destroyed with it. */
  packageCopies: number;
}

/**
 * An access package still downloadable is a copy of the calls in it, so erasing a call
 * destroys every such package too (its wrapped key now, the object after commit), as the
 * expiry job would. Returns how many packages held each call.
 */
async function shredPackagesHolding(tx: Tx, recordingIds: string[], options: EraseRecordingsOptions, storageKeys: string[]): Promise<Map<string, number>> {
  const items = await tx.requestRecording.findMany({
    where: { recordingId: { in: recordingIds }, request: { packageStorageKey: { not: null } } },
    select: { recordingId: true, request: { select: { id: true, customerId: true, packageStorageKey: true } } },
  });
  const perCall = new Map<string, number>();
  const packages = new Map<string, (typeof items)[number]['request']>();
  for (const item of items) {
    perCall.set(item.recordingId, (perCall.get(item.recordingId) ?? 0) + 1);
    packages.set(item.request.id, item.request);
  }
  if (packages.size === 0) return perCall;
  await tx.dataSubjectRequest.updateMany({ where: { id: { in: [...packages.keys()] } }, data: { packageStorageKey: null, packageWrappedKey: null } });
  await appendAuditEvents(
    tx,
    [...packages.values()].map((pkg) => ({
      type: 'package.destroyed' as const,
      actorType: options.staffUserId ? ('staff' as const) : ('system' as const),
      actorId: options.staffUserId,
      customerId: pkg.customerId,
      requestId: pkg.id,
      details: { reason: 'call_erased', erasureRequestId: options.requestId ?? null },
    })),
  );
  storageKeys.push(...[...packages.values()].map((pkg) => pkg.packageStorageKey!));
  return perCall;
}

/** One call; see eraseRecordings. */
export async function eraseRecording(tx: Tx, options: EraseRecordingsOptions & { recordingId: string }): Promise<{ outcome: ErasureOutcome; storageKeysToDelete: string[] }> {
  const result = await eraseRecordings(tx, [options.recordingId], options);
  return { outcome: result.outcomes.get(options.recordingId) ?? 'erased', storageKeysToDelete: result.storageKeysToDelete };
}

/** After commit: the objects themselves. A failure here leaves only ciphertext whose key no longer exists. */
export async function deleteErasedObjects(storageKeys: (string | undefined)[]): Promise<void> {
  for (const key of storageKeys) if (key) await deleteObject(key).catch(() => undefined);
}
