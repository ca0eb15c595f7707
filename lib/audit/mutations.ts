import 'server-only';
import type { ActorType } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { chainHash, genesisHash } from './chain';
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

/**
 * Appends an event to the hash chain inside the caller's transaction, so the change and its
 * record commit or fail together. The transaction-scoped advisory lock makes concurrent
 * writers (several app instances) take turns: one chain, no forks, no gaps.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput): Promise<bigint> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${auditChainLockId})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  const seq = (last?.seq ?? 0n) + 1n;
  const prevHash = last?.hash ?? genesisHash;
  const content = {
    seq,
    at: new Date(),
    type: input.type,
    actorType: input.actorType,
    actorId: input.actorId ?? null,
    customerId: input.customerId ?? null,
    recordingId: input.recordingId ?? null,
    requestId: input.requestId ?? null,
    details: input.details ?? {},
  };
  await tx.auditEvent.create({
    data: { ...content, details: content.details as object, prevHash, hash: chainHash(prevHash, content) },
  });
  return seq;
}
