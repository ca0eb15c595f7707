import { mkdir, mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { startS3rver } from '@/test/s3rver';
import { DiskObjectStore } from './disk-store';
import type { ObjectStore } from './object-store';
import { piecesOf } from './object-store-contract';
import { sweepOrphanedObjects } from './orphan-sweep';
import { createS3Client, parseStorageUrl, S3ObjectStore } from './s3-store';

withTestDatabase();

const hourMs = 3_600_000;
let sequence = 0;

/** A referenced call and package, their orphaned twins, and objects outside the swept folders. */
async function populate(store: ObjectStore) {
  sequence += 1;
  const db = await getDb();
  const customer = await db.customer.create({ data: { customerNumber: `C-ORPHAN-${sequence}`, fullName: 'Orphan Test' } });
  const call = await db.recording.create({
    data: {
      externalId: `orphan-${sequence}`, customerId: customer.id, phone: '+48600000000', startedAt: new Date(), durationSeconds: 1, direction: 'inbound', purposes: ['quality'], legalBasis: 'consent',
      retentionUntil: new Date(Date.now() + 365 * 24 * hourMs), storageKey: `recordings/kept-${sequence}`, wrappedKey: 'x', contentType: 'audio/wav', sizeBytes: 1n, sha256: 'x',
    },
  });
  const request = await db.dataSubjectRequest.create({ data: { customerId: customer.id, type: 'access', dueAt: new Date(), originalDueAt: new Date(), packageStorageKey: `packages/${sequence}/kept.zip` } });
  const keys = {
    referenced: [call.storageKey!, request.packageStorageKey!],
    orphaned: [`recordings/orphan-${sequence}`, `packages/${sequence}/abandoned.zip`],
    untouchable: ['audit-anchors/latest.json', `elsewhere/${sequence}`],
  };
  for (const key of Object.values(keys).flat()) await store.put(key, piecesOf(Buffer.from(key)));
  return keys;
}

async function present(store: ObjectStore, keys: string[]) {
  return Promise.all(keys.map((key) => store.exists(key)));
}

function describeSweep(name: string, open: () => Promise<{ store: ObjectStore; close: () => Promise<void> }>) {
  it(`${name}: keeps everything inside the grace period, then deletes only what no row refers to`, async () => {
    const { store, close } = await open();
    try {
      const keys = await populate(store);
      const db = await getDb();

      // Just written: an upload could still be about to commit its row.
      expect(await sweepOrphanedObjects({ store })).toEqual({ checked: 0, deleted: 0, incompleteDiscarded: 0 });
      expect(await present(store, keys.orphaned)).toEqual([true, true]);

      const result = await sweepOrphanedObjects({ store, now: new Date(Date.now() + 25 * hourMs) });
      expect(result).toEqual({ checked: 4, deleted: 2, incompleteDiscarded: 0 });
      expect(await present(store, keys.orphaned)).toEqual([false, false]);
      expect(await present(store, keys.referenced)).toEqual([true, true]);
      expect(await present(store, keys.untouchable)).toEqual([true, true]);

      const events = await db.auditEvent.findMany({ where: { type: 'storage.orphans_swept' }, orderBy: { seq: 'desc' }, take: 1 });
      expect(events[0]!.details).toEqual({ checked: 4, deleted: 2, incompleteDiscarded: 0, graceHours: 24 });
    } finally {
      await close();
    }
  });
}

describe('orphan sweep', () => {
  describeSweep('disk', async () => ({ store: new DiskObjectStore(await mkdtemp(path.join(tmpdir(), 'wglad-orphans-'))), close: async () => undefined }));

  describeSweep('s3', async () => {
    const { endpoint, stop } = await startS3rver();
    const client = createS3Client(endpoint);
    return {
      store: new S3ObjectStore(client, parseStorageUrl('s3://recordings/tenant')),
      close: async () => {
        client.destroy();
        await stop();
      },
    };
  });

  it('disk: discards the temporary file of a write killed midway once it is past the grace period', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wglad-orphans-'));
    const store = new DiskObjectStore(root);
    await mkdir(path.join(root, '.incoming'));
    await writeFile(path.join(root, '.incoming', 'killed'), 'half an upload');
    await writeFile(path.join(root, '.incoming', 'in-flight'), 'still arriving');
    const twoDaysAgo = new Date(Date.now() - 48 * hourMs);
    await utimes(path.join(root, '.incoming', 'killed'), twoDaysAgo, twoDaysAgo);
    expect(await sweepOrphanedObjects({ store })).toEqual({ checked: 0, deleted: 0, incompleteDiscarded: 1 });
    expect(await readdir(path.join(root, '.incoming'))).toEqual(['in-flight']);
  });

  it('checks many objects in batches', async () => {
    const store = new DiskObjectStore(await mkdtemp(path.join(tmpdir(), 'wglad-orphans-')));
    for (let index = 0; index < 1_203; index += 1) await store.put(`recordings/bulk-${index}`, piecesOf(Buffer.from('x')));
    expect(await sweepOrphanedObjects({ store, graceMs: 0, now: new Date(Date.now() + 1000) })).toEqual({ checked: 1_203, deleted: 1_203, incompleteDiscarded: 0 });
  });
});
