import 'server-only';
import type { ActorType } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { chainHash, genesisHash } from './chain';
import { assertAuditDetailsSafe } from './details-guard';
import type { AuditEventType } from './events';

export interface AuditEventInput {
  type: AuditEventType;
  actorType: ActorType;
  actorId?: string | null;
  customerId?: string | null;
  recordingId?: string | null;
  requestId?: string | null;
  /** Ids and facts only: never a code, token, key, audio or transcript text. */
  details?: Record<string, unknown>;
}

/** Any constant works; it names the lock that serialises appends to the one chain. */
const auditChainLockId = 4_711_001;

/** Waits for the chain's turn; held to the end of the transaction (re-taking it in the same one is free). */
export async function lockAuditChain(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${auditChainLockId})`;
}

/**
 * Appends events to the hash chain inside the caller's transaction, so the change and its
 * record commit or fail together. The transaction-scoped advisory lock makes concurrent
 * writers (several app instances) take turns: one chain, no forks, no gaps. A batch (a purge
 * of thousands of calls) takes the lock and reads the head once.
 */
export async function appendAuditEvents(tx: Tx, inputs: AuditEventInput[]): Promise<bigint[]> {
  if (inputs.length === 0) return [];
  for (const input of inputs) assertAuditDetailsSafe(input.type, input.details);
  await lockAuditChain(tx);
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  let seq = last?.seq ?? 0n;
  let prevHash = last?.hash ?? genesisHash;
  const at = new Date();
  const rows = inputs.map((input) => {
    seq += 1n;
    const content = {
      seq,
      at,
      type: input.type,
      actorType: input.actorType,
      actorId: input.actorId ?? null,
      customerId: input.customerId ?? null,
      recordingId: input.recordingId ?? null,
      requestId: input.requestId ?? null,
      details: input.details ?? {},
    };
    const hash = chainHash(prevHash, content);
    const row = { ...content, details: content.details as object, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.auditEvent.createMany({ data: rows });
  return rows.map((row) => row.seq);
}

export async function appendAuditEvent(tx: Tx, input: AuditEventInput): Promise<bigint> {
  const [seq] = await appendAuditEvents(tx, [input]);
  return seq!;
}
