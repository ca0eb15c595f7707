import 'server-only';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { appendAuditEvent, lockAuditChain } from './mutations';

export interface AuditPruneResult {
  prunedEvents: number;
  throughSeq: string | null;
}

/** The cut-off: events before this instant are past the audit log's own retention. */
export function auditRetentionCutoff(now: Date, years = getConfig().auditRetentionYears): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/**
 * Removes events past the log's own retention (AUDIT_RETENTION_YEARS), only ever from the start
 * of the chain: everything up to the last event older than the cut-off. In the same transaction
 * it records a checkpoint (seq and hash of the last removed event) and an `audit.pruned` event
 * carrying the same seq and hash, so verification starts from the checkpoint and any other
 * missing row still shows as a gap. A customer's erasure never comes here: the log is the
 * controller's own record (Art. 5(2)) and outlives the calls it describes.
 */
export async function pruneAuditLog(now = new Date()): Promise<AuditPruneResult> {
  const db = await getDb();
  const before = auditRetentionCutoff(now);
  return db.$transaction(async (tx) => {
    await lockAuditChain(tx);
    const last = await tx.auditEvent.findFirst({ where: { at: { lt: before } }, orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
    if (!last) return { prunedEvents: 0, throughSeq: null };
    const { count } = await tx.auditEvent.deleteMany({ where: { seq: { lte: last.seq } } });
    if (count === 0) return { prunedEvents: 0, throughSeq: null };
    await tx.auditCheckpoint.create({ data: { throughSeq: last.seq, throughHash: last.hash, prunedEvents: count, prunedBefore: before } });
    await appendAuditEvent(tx, { type: 'audit.pruned', actorType: 'system', details: { throughSeq: last.seq.toString(), throughHash: last.hash, prunedEvents: count, before: before.toISOString() } });
    return { prunedEvents: count, throughSeq: last.seq.toString() };
  });
}
