import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import type { JobProgress } from '@/lib/jobs/fulfilment-jobs';
import { deleteErasedObjects, eraseRecordings } from './erasure';

const batchSize = 1000;

/**
 * Rule 21: erases every call past its retention date through the same path as an erasure
 * request; a held call is kept (and becomes eligible at the next purge once the hold lifts).
 * Proof of the deletion stays (tombstone and audit event) without the data. Batches commit
 * one by one, so an interrupted purge simply continues next time. No erasure certificate: no
 * customer asked, so there is no request to answer; the retention.purged summary and each
 * call's recording.erased event are the record.
 */
export async function purgeExpiredRecordings(progress?: JobProgress, now = new Date()): Promise<{ erased: number; kept: number }> {
  const db = await getDb();
  const due = await db.recording.findMany({
    where: { status: { not: 'erased' }, retentionUntil: { lte: now } },
    select: { id: true },
    orderBy: { retentionUntil: 'asc' },
  });
  await progress?.setTotal(due.length);
  let erased = 0;
  let kept = 0;
  for (let index = 0; index < due.length; index += batchSize) {
    const batch = due.slice(index, index + batchSize).map((row) => row.id);
    const result = await db.$transaction((tx) => eraseRecordings(tx, batch, { cause: 'retention', at: now }), { timeout: 120_000 });
    for (const outcome of result.outcomes.values()) {
      if (outcome === 'erased') erased += 1;
      else kept += 1;
    }
    await deleteErasedObjects(result.storageKeysToDelete);
    await progress?.advance(batch.length);
  }
  await db.$transaction((tx) => appendAuditEvent(tx, { type: 'retention.purged', actorType: 'system', details: { erased, kept, at: now.toISOString() } }));
  return { erased, kept };
}
