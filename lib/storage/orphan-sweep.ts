import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb, type Db } from '@/lib/db';
import type { ObjectStore } from './object-store';
import { getObjectStore } from './store-from-config';

/**
 * Stored objects that no row refers to: an upload or package build killed between storing its
 * object and committing its row, or an erasure killed after its commit but before deleting the
 * (already key-less) ciphertext; and the driver's half-written temporary files of a write killed
 * midway. Only the folders whose objects belong to rows are swept;
 * audit anchors and anything else in the store are never touched. An object younger than the
 * grace period may belong to an upload still in flight, so it stays until a later sweep.
 */

const dayMs = 86_400_000;
const lookupBatch = 500;

/** Which of `keys` a row still refers to, per swept folder. */
const owners: { prefix: string; referenced: (db: Db, keys: string[]) => Promise<(string | null)[]> }[] = [
  {
    prefix: 'recordings/',
    referenced: async (db, keys) => (await db.recording.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map((row) => row.storageKey),
  },
  {
    prefix: 'packages/',
    referenced: async (db, keys) => (await db.dataSubjectRequest.findMany({ where: { packageStorageKey: { in: keys } }, select: { packageStorageKey: true } })).map((row) => row.packageStorageKey),
  },
];

export interface OrphanSweepResult {
  checked: number;
  deleted: number;
  /** The driver's leftovers of writes that never finished (the disk driver's temporary files). */
  incompleteDiscarded: number;
}

export async function sweepOrphanedObjects(options: { graceMs?: number; now?: Date; store?: ObjectStore } = {}): Promise<OrphanSweepResult> {
  const db = await getDb();
  const store = options.store ?? getObjectStore();
  const graceMs = options.graceMs ?? dayMs;
  const olderThan = new Date((options.now ?? new Date()).getTime() - graceMs);
  const result: OrphanSweepResult = { checked: 0, deleted: 0, incompleteDiscarded: (await store.discardIncomplete?.(olderThan)) ?? 0 };

  const settle = async (owner: (typeof owners)[number], keys: string[]) => {
    const referenced = new Set(await owner.referenced(db, keys));
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await store.delete(key);
      result.deleted += 1;
    }
  };
  for (const owner of owners) {
    let batch: string[] = [];
    for await (const object of store.list(owner.prefix)) {
      if (object.modifiedAt >= olderThan) continue;
      result.checked += 1;
      batch.push(object.key);
      if (batch.length === lookupBatch) {
        await settle(owner, batch);
        batch = [];
      }
    }
    if (batch.length) await settle(owner, batch);
  }

  await db.$transaction((tx) => appendAuditEvent(tx, { type: 'storage.orphans_swept', actorType: 'system', details: { ...result, graceHours: graceMs / 3_600_000 } }));
  return result;
}
