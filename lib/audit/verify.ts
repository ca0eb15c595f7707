import 'server-only';
import type { Db } from '@/lib/db';
import { chainHash, genesisHash } from './chain';
import { readLatestAnchor } from './anchor';

export interface ChainBreak {
  seq: string;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'gap_in_sequence' | 'truncated_after_anchor' | 'anchor_mismatch';
}

export interface ChainVerification {
  ok: boolean;
  checkedEvents: number;
  headSeq: string | null;
  anchorSeq: string | null;
  firstBreak?: ChainBreak;
  verifiedAt: Date;
}

const batchSize = 2000;

/**
 * Walks the whole audit chain in order and recomputes every hash: an edited row breaks its own
 * hash, a deleted or reordered row breaks the link or the sequence. The chain head written
 * outside the database (the anchor) catches a truncated tail, which the chain alone cannot.
 * Reads in batches, so memory stays flat however long the log is.
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerification> {
  const anchor = await readLatestAnchor();
  let previousHash = genesisHash;
  let expectedSeq = 1n;
  let checked = 0;
  let anchorSeen = false;
  const result = (firstBreak?: ChainBreak): ChainVerification => ({
    ok: !firstBreak,
    checkedEvents: checked,
    headSeq: expectedSeq > 1n ? (expectedSeq - 1n).toString() : null,
    anchorSeq: anchor?.seq ?? null,
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
      previousHash = event.hash;
      expectedSeq += 1n;
      checked += 1;
    }
  }
  if (anchor && !anchorSeen) return result({ seq: anchor.seq, reason: 'truncated_after_anchor' });
  return result();
}
