import 'server-only';
import { Readable } from 'node:stream';
import { getDb } from '@/lib/db';
import { getObjectStore } from '@/lib/storage/vault';

/**
 * The chain head copied outside the database, into the recording store (a disk folder or an
 * S3 bucket, which can carry object lock): someone who truncates the tail of the audit table
 * cannot also rewind this copy, so verification notices the missing events.
 */
const anchorKey = 'audit-anchors/latest.json';

export interface Anchor {
  seq: string;
  hash: string;
  anchoredAt: string;
}

export async function writeAnchor(): Promise<Anchor | null> {
  const db = await getDb();
  const head = await db.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  if (!head) return null;
  const anchor: Anchor = { seq: head.seq.toString(), hash: head.hash, anchoredAt: new Date().toISOString() };
  await getObjectStore().put(anchorKey, Readable.from([Buffer.from(JSON.stringify(anchor))]));
  await db.auditAnchor.create({ data: { seq: head.seq, hash: head.hash, location: anchorKey } });
  return anchor;
}

export async function readLatestAnchor(): Promise<Anchor | null> {
  const store = getObjectStore();
  if (!(await store.exists(anchorKey))) return null;
  const pieces: Buffer[] = [];
  for await (const piece of await store.getRange(anchorKey, 0)) pieces.push(piece as Buffer);
  return JSON.parse(Buffer.concat(pieces).toString('utf8')) as Anchor;
}
