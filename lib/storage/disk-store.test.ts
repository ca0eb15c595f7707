import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskObjectStore } from './disk-store';
import { InvalidStorageKeyError } from './errors';
import { describeObjectStoreContract, expectSameBytes, failingAfter, piecesOf, readRaw } from './object-store-contract';

describeObjectStoreContract('disk', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'wglad-disk-contract-'));
  return { store: new DiskObjectStore(dir), teardown: () => rm(dir, { recursive: true, force: true }) };
});

describe('DiskObjectStore', () => {
  let dir: string;
  let store: DiskObjectStore;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wglad-disk-'));
    store = new DiskObjectStore(path.join(dir, 'recordings'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes under the root, at the path the key names', async () => {
    await store.put('2024/05/call.bin', piecesOf(Buffer.from('audio')));
    expect((await stat(path.join(dir, 'recordings', '2024', '05', 'call.bin'))).isFile()).toBe(true);
  });

  it('never exposes a half-written object under the final key', async () => {
    const original = randomBytes(1000);
    await store.put('call.bin', piecesOf(original));

    let sawPartial = false;
    async function* slowSource() {
      for await (const piece of piecesOf(randomBytes(200_000))) {
        yield piece;
        // While the new version is being written, readers still get the old one in full.
        if (!(await readRaw(store, 'call.bin')).equals(original)) sawPartial = true;
      }
      throw new Error('disk full');
    }
    await expect(store.put('call.bin', slowSource())).rejects.toThrow('disk full');

    expect(sawPartial).toBe(false);
    expectSameBytes(await readRaw(store, 'call.bin'), original);
    // The temporary file is gone too.
    expect(await readdir(path.join(dir, 'recordings', '.incoming'))).toEqual([]);
  });

  it('cleans up its temporary file when a new object fails', async () => {
    await expect(store.put('new.bin', failingAfter(randomBytes(100_000), new Error('boom')))).rejects.toThrow('boom');
    expect(await readdir(path.join(dir, 'recordings'))).toEqual(['.incoming']);
    expect(await readdir(path.join(dir, 'recordings', '.incoming'))).toEqual([]);
  });

  it('refuses traversal even through a root given with dot segments', async () => {
    const dotted = new DiskObjectStore(path.join(dir, 'x', '..', 'recordings'));
    await expect(dotted.put('../outside', piecesOf(Buffer.from('x')))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(dotted.size('..')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps serving a reader whose object is deleted mid-read', async () => {
    const data = randomBytes(500_000);
    await store.put('call.bin', piecesOf(data));
    const stream = await store.getRange('call.bin', 0);
    await store.delete('call.bin');
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    expectSameBytes(Buffer.concat(parts), data);
  });

  it('reports an unreachable root as unhealthy', async () => {
    await symlink('/proc/self/nonexistent/deeper', path.join(dir, 'broken'));
    await expect(new DiskObjectStore(path.join(dir, 'broken')).healthCheck()).rejects.toThrow();
  });
});
