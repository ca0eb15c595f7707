/**
 * Shared by the tests of both drivers (not a test file itself): the behaviour every
 * ObjectStore must have, plus small helpers for feeding and draining streams.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHUNK_SIZE } from './cipher-format';
import { InvalidStorageKeyError, ObjectNotFoundError, RangeNotSatisfiableError } from './errors';
import type { ObjectStore } from './object-store';
import { createVault } from './vault';

/** Vitest's deep equality walks Buffers byte by byte, which is far too slow for recordings. */
export function expectSameBytes(actual: Buffer, expected: Buffer): void {
  if (actual.equals(expected)) return;
  let offset = 0;
  while (offset < Math.min(actual.length, expected.length) && actual[offset] === expected[offset]) offset += 1;
  expect.fail(`got ${actual.length} bytes, expected ${expected.length}; first difference at byte ${offset}`);
}

export async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

/** Feeds `data` in pieces of `pieceSize`, so chunk boundaries never line up with input boundaries by accident. */
export async function* piecesOf(data: Buffer, pieceSize = 10_007): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < data.length; offset += pieceSize) {
    yield data.subarray(offset, offset + pieceSize);
  }
}

export async function* failingAfter(data: Buffer, error: Error): AsyncGenerator<Buffer> {
  yield* piecesOf(data);
  throw error;
}

export async function readRaw(store: ObjectStore, key: string): Promise<Buffer> {
  return collect(await store.getRange(key, 0));
}

/** Random ranges plus the edges: first byte, last byte, and spans across chunk boundaries. */
export function rangesFor(
  size: number,
  count: number,
  chunkSize = DEFAULT_CHUNK_SIZE,
): { start: number; end: number }[] {
  const edges = [
    { start: 0, end: 0 },
    { start: size - 1, end: size - 1 },
    { start: 0, end: size - 1 },
    { start: chunkSize - 1, end: chunkSize },
    { start: chunkSize, end: chunkSize },
    { start: chunkSize - 5, end: 2 * chunkSize + 5 },
  ].filter(({ end }) => end < size);
  const random = Array.from({ length: count }, () => {
    const start = Math.floor(Math.random() * size);
    const end = start + Math.floor(Math.random() * Math.min(size - start, 3 * chunkSize));
    return { start, end };
  });
  return [...edges, ...random];
}

export function describeObjectStoreContract(
  name: string,
  setup: () => Promise<{ store: ObjectStore; teardown: () => Promise<void> }>,
): void {
  describe(`${name} object store contract`, () => {
    let store: ObjectStore;
    let teardown: () => Promise<void>;

    beforeAll(async () => {
      ({ store, teardown } = await setup());
    });
    afterAll(async () => {
      await teardown();
    });

    it('stores a stream and reads it back whole and in ranges', async () => {
      const data = randomBytes(150_000);
      await expect(store.put('rec/a/one.bin', piecesOf(data))).resolves.toEqual({ size: data.length });
      expect(await store.size('rec/a/one.bin')).toBe(data.length);
      expect(await store.exists('rec/a/one.bin')).toBe(true);
      expectSameBytes(await readRaw(store, 'rec/a/one.bin'), data);
      expectSameBytes(await collect(await store.getRange('rec/a/one.bin', 100, 199)), data.subarray(100, 200));
      expectSameBytes(await collect(await store.getRange('rec/a/one.bin', 149_999, 149_999)), data.subarray(149_999));
      // An end past the object is clamped, as HTTP does.
      const clamped = await store.getRange('rec/a/one.bin', 149_990, 10_000_000);
      expectSameBytes(await collect(clamped), data.subarray(149_990));
    });

    it('stores an empty object', async () => {
      await expect(store.put('empty', piecesOf(Buffer.alloc(0)))).resolves.toEqual({ size: 0 });
      expect(await store.size('empty')).toBe(0);
    });

    it('replaces an existing object', async () => {
      await store.put('replaced', piecesOf(Buffer.from('first version')));
      await store.put('replaced', piecesOf(Buffer.from('second')));
      expect((await readRaw(store, 'replaced')).toString()).toBe('second');
    });

    it('refuses a range that starts outside the object', async () => {
      await store.put('short', piecesOf(Buffer.from('0123456789')));
      await expect(store.getRange('short', 10)).rejects.toBeInstanceOf(RangeNotSatisfiableError);
    });

    it('reports missing objects with a typed error', async () => {
      await expect(store.size('missing/object')).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(store.getRange('missing/object', 0)).rejects.toBeInstanceOf(ObjectNotFoundError);
      expect(await store.exists('missing/object')).toBe(false);
    });

    it('deletes idempotently', async () => {
      await store.put('doomed', piecesOf(Buffer.from('bye')));
      await store.delete('doomed');
      await store.delete('doomed');
      expect(await store.exists('doomed')).toBe(false);
    });

    it('leaves nothing behind when the source fails midway', async () => {
      const failure = new Error('caller hung up');
      await expect(store.put('interrupted', failingAfter(randomBytes(6 * 1024 * 1024), failure))).rejects.toBe(failure);
      expect(await store.exists('interrupted')).toBe(false);
    });

    it('lists the objects under a prefix with their write time, and nothing outside it', async () => {
      await store.put('listed/a/one', piecesOf(Buffer.from('1')));
      await store.put('listed/a/deeper/two', piecesOf(Buffer.from('2')));
      await store.put('listed-not/three', piecesOf(Buffer.from('3')));
      const listed = [];
      for await (const object of store.list('listed/')) listed.push(object);
      expect(listed.map((object) => object.key).sort()).toEqual(['listed/a/deeper/two', 'listed/a/one']);
      for (const object of listed) expect(object.modifiedAt).toBeInstanceOf(Date);
      const none = [];
      for await (const object of store.list('absent/')) none.push(object);
      expect(none).toEqual([]);
    });

    const badKeys = ['../escape', '/absolute', 'a/../../b', 'a//b', 'trailing/', '.hidden', 'a/.incoming/x'];
    it.each([...badKeys, 'back\\slash', '', 'white space'])('refuses the key %j', async (key) => {
      await expect(store.put(key, piecesOf(Buffer.from('x')))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(store.getRange(key, 0)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });

    it('passes its health check', async () => {
      await expect(store.healthCheck()).resolves.toBeUndefined();
    });

    it('serves encrypted recordings and their ranges through the vault', async () => {
      const vault = createVault({ store, masterKey: randomBytes(32) });
      const plaintext = randomBytes(3 * DEFAULT_CHUNK_SIZE + 123);
      const stored = await vault.storeEncrypted('vault/recording', piecesOf(plaintext));
      expect(stored.plaintextSize).toBe(plaintext.length);
      expect(stored.storedSize).toBe(await store.size('vault/recording'));

      const ref = { storageKey: 'vault/recording', wrappedKey: stored.wrappedKey };
      const whole = await vault.openDecrypted(ref);
      expect(whole.plaintextSize).toBe(plaintext.length);
      expectSameBytes(await collect(whole.stream), plaintext);

      for (const range of rangesFor(plaintext.length, 40)) {
        const { stream } = await vault.openDecrypted(ref, range);
        expectSameBytes(await collect(stream), plaintext.subarray(range.start, range.end + 1));
      }
    });
  });
}
