import { createHash } from 'node:crypto';

/** The content of an audit event that its hash covers. */
export interface ChainedContent {
  seq: bigint;
  at: Date;
  type: string;
  actorType: string;
  actorId: string | null;
  customerId: string | null;
  recordingId: string | null;
  requestId: string | null;
  details: unknown;
}

export const genesisHash = '0'.repeat(64);

/** Canonical JSON: keys sorted at every level so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash = SHA-256(previous hash ‖ canonical content): editing, deleting or reordering a row breaks every later link. */
export function chainHash(prevHash: string, content: ChainedContent): string {
  // Only the listed fields: a row read back from the database carries its hashes too.
  const { seq, at, type, actorType, actorId, customerId, recordingId, requestId, details } = content;
  const body = canonicalJson({ seq: seq.toString(), at: at.toISOString(), type, actorType, actorId, customerId, recordingId, requestId, details });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
