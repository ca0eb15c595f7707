import 'server-only';
import type { Db } from '@/lib/db';
import { chainHash, genesisHash } from './chain';
import { readLatestAnchor } from './anchor';

export interface ChainBreak {
  seq: string;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'gap_in_sequence' | 'truncated_after_anchor' | 'anchor_mismatch' | 'checkpoint_unconfirmed';
}

export interface ChainVerification {
  ok: boolean;
  checkedEvents: number;
  headSeq: string | null;
  anchorSeq: string | null;
  /** Events up to this seq were pruned past the log's retention; the chain is verified from the next one. */
  prunedThroughSeq: string | null;
  firstBreak?: ChainBreak;
  verifiedAt: Date;
}

const batchSize = 2000;

/**
 * Walks the whole audit chain in order and recomputes every hash: an edited row breaks its own
 * hash, a deleted or reordered row breaks the link or the sequence. The chain head written
 * outside the database (the anchor) catches a truncated tail, which the chain alone cannot.
 * After a prune (lib/audit/prune.ts) the walk starts from the latest checkpoint, which only
 * counts if an `audit.pruned` event in the retained chain names the same seq and hash: a
 * checkpoint row inserted to excuse deleting the start of the log is reported.
 * Reads in batches, so memory stays flat however long the log is.
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerification> {
  const anchor = await readLatestAnchor();
  const checkpoint = await db.auditCheckpoint.findFirst({ orderBy: { throughSeq: 'desc' } });
  const startSeq = checkpoint ? checkpoint.throughSeq + 1n : 1n;
  let previousHash = checkpoint?.throughHash ?? genesisHash;
  let expectedSeq = startSeq;
  let checked = 0;
  let anchorSeen = false;
  let checkpointConfirmed = !checkpoint;
  const result = (firstBreak?: ChainBreak): ChainVerification => ({
    ok: !firstBreak,
    checkedEvents: checked,
    headSeq: expectedSeq > startSeq ? (expectedSeq - 1n).toString() : null,
    anchorSeq: anchor?.seq ?? null,
    prunedThroughSeq: checkpoint?.throughSeq.toString() ?? null,
    firstBreak,
    verifiedAt: new Date(),
  });

  for (;;) {
    const events = await db.auditEvent.findMany({ where: { seq: { gte: expectedSeq } }, orderBy: { seq: 'asc' }, take: batchSize });
    if (events.length === 0) break;
    for (const event of events) {
      if (event.seq !== expectedSeq) return result({ seq: expectedSeq.toString(), reason: 'gap_in_sequence' });
      if (event.prevHash !== previousHash) return result({ seq: event.seq.toString(), reason: 'prev_hash_mismatch' });
      const recomputed = chainHash(previousHash, { ...event, details: event.details });
      if (recomputed !== event.hash) return result({ seq: event.seq.toString(), reason: 'hash_mismatch' });
      if (anchor && event.seq.toString() === anchor.seq) {
        if (event.hash !== anchor.hash) return result({ seq: anchor.seq, reason: 'anchor_mismatch' });
        anchorSeen = true;
      }
      if (checkpoint && event.type === 'audit.pruned' && confirmsCheckpoint(event.details, checkpoint)) checkpointConfirmed = true;
      previousHash = event.hash;
      expectedSeq += 1n;
      checked += 1;
    }
  }
  if (!checkpointConfirmed) return result({ seq: checkpoint!.throughSeq.toString(), reason: 'checkpoint_unconfirmed' });
  // An anchor older than the checkpoint pointed into the pruned part: nothing left to compare.
  const anchorPruned = anchor && checkpoint && BigInt(anchor.seq) <= checkpoint.throughSeq;
  if (anchor && !anchorSeen && !anchorPruned) return result({ seq: anchor.seq, reason: 'truncated_after_anchor' });
  return result();
}

function confirmsCheckpoint(details: unknown, checkpoint: { throughSeq: bigint; throughHash: string }): boolean {
  const pruned = details as { throughSeq?: unknown; throughHash?: unknown } | null;
  return pruned?.throughSeq === checkpoint.throughSeq.toString() && pruned.throughHash === checkpoint.throughHash;
}
