import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ciphertextSize, DEFAULT_CHUNK_SIZE, HEADER_LENGTH, TAG_LENGTH } from './cipher-format';
import { DiskObjectStore } from './disk-store';
import { generateDataKey, wrapDataKey } from './envelope-keys';
import { IntegrityError, RangeNotSatisfiableError, TooLargeError } from './errors';
import { collect, expectSameBytes, piecesOf, rangesFor, readRaw } from './object-store-contract';
import { createVault, type RecordingRef, type Vault } from './vault';

const CHUNK = DEFAULT_CHUNK_SIZE;
const SEALED = CHUNK + TAG_LENGTH;

describe('vault', () => {
  let dir: string;
  let store: DiskObjectStore;
  let masterKey: Buffer;
  let vault: Vault;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wglad-vault-'));
    store = new DiskObjectStore(path.join(dir, 'recordings'));
    masterKey = randomBytes(32);
    vault = createVault({ store, masterKey });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function readAll(ref: RecordingRef, range?: { start: number; end: number }): Promise<Buffer> {
    return collect((await vault.openDecrypted(ref, range)).stream);
  }

  async function storeRandom(size: number, storageKey = 'calls/rec.bin') {
    const plaintext = randomBytes(size);
    const stored = await vault.storeEncrypted(storageKey, piecesOf(plaintext));
    return { plaintext, stored, ref: { storageKey, wrappedKey: stored.wrappedKey } };
  }

  describe('round trip', () => {
    it.each([
      ['empty', 0],
      ['one byte', 1],
      ['exactly one chunk', CHUNK],
      ['many chunks and a partial one', 5 * CHUNK + 1234],
    ])('%s', async (_name, size) => {
      const { plaintext, stored, ref } = await storeRandom(size);
      expect(stored.plaintextSize).toBe(size);
      expect(stored.storedSize).toBe(ciphertextSize(size, CHUNK));
      expect(await store.size(ref.storageKey)).toBe(stored.storedSize);
      expect(stored.sha256).toBe(createHash('sha256').update(plaintext).digest('hex'));

      const opened = await vault.openDecrypted(ref);
      expect(opened.plaintextSize).toBe(size);
      expectSameBytes(await collect(opened.stream), plaintext);
    });

    it('accepts a Node.js Readable and never writes plaintext to the store', async () => {
      const plaintext = Buffer.from('Dzień dobry, nagrywamy tę rozmowę. '.repeat(5000));
      const stored = await vault.storeEncrypted('calls/readable.bin', Readable.from(piecesOf(plaintext)));
      const raw = await readRaw(store, 'calls/readable.bin');
      expect(raw.includes(Buffer.from('nagrywamy'))).toBe(false);
      expectSameBytes(await readAll({ storageKey: 'calls/readable.bin', wrappedKey: stored.wrappedKey }), plaintext);
    });
  });

  describe('ranges', () => {
    it('return exactly the plaintext slice, for many random ranges', async () => {
      const { plaintext, ref } = await storeRandom(7 * CHUNK + 4321);
      for (const range of rangesFor(plaintext.length, 300)) {
        const opened = await vault.openDecrypted(ref, range);
        expect(opened.plaintextSize).toBe(plaintext.length);
        expectSameBytes(await collect(opened.stream), plaintext.subarray(range.start, range.end + 1));
      }
    });

    it('refuse ranges outside the recording', async () => {
      const { ref } = await storeRandom(100);
      await expect(vault.openDecrypted(ref, { start: 100, end: 100 })).rejects.toBeInstanceOf(RangeNotSatisfiableError);
      await expect(vault.openDecrypted(ref, { start: 0, end: 100 })).rejects.toBeInstanceOf(RangeNotSatisfiableError);
      const empty = await storeRandom(0, 'calls/empty.bin');
      await expect(vault.openDecrypted(empty.ref, { start: 0, end: 0 })).rejects.toBeInstanceOf(
        RangeNotSatisfiableError,
      );
    });
  });

  describe('tampering in the store is detected', () => {
    async function tamper(ref: RecordingRef, change: (raw: Buffer) => Buffer): Promise<void> {
      const raw = await readRaw(store, ref.storageKey);
      await store.put(ref.storageKey, piecesOf(change(Buffer.from(raw))));
    }

    it('a flipped byte inside a chunk', async () => {
      const { ref } = await storeRandom(3 * CHUNK + 10);
      await tamper(ref, (raw) => {
        raw[HEADER_LENGTH + SEALED + 500]! ^= 0x01;
        return raw;
      });
      await expect(readAll(ref)).rejects.toBeInstanceOf(IntegrityError);
      await expect(readAll(ref, { start: CHUNK + 400, end: CHUNK + 600 })).rejects.toBeInstanceOf(IntegrityError);
      // Chunks that were not touched still read, which is what lets seeking skip the rest.
      expect((await readAll(ref, { start: 0, end: 99 })).length).toBe(100);
    });

    it('two chunks swapped', async () => {
      const { ref } = await storeRandom(3 * CHUNK + 10);
      await tamper(ref, (raw) =>
        Buffer.concat([
          raw.subarray(0, HEADER_LENGTH),
          raw.subarray(HEADER_LENGTH + SEALED, HEADER_LENGTH + 2 * SEALED),
          raw.subarray(HEADER_LENGTH, HEADER_LENGTH + SEALED),
          raw.subarray(HEADER_LENGTH + 2 * SEALED),
        ]),
      );
      await expect(readAll(ref)).rejects.toBeInstanceOf(IntegrityError);
      await expect(readAll(ref, { start: 0, end: 0 })).rejects.toBeInstanceOf(IntegrityError);
    });

    it('the last chunk truncated', async () => {
      const { ref } = await storeRandom(3 * CHUNK + 10);
      await tamper(ref, (raw) => raw.subarray(0, raw.length - 3));
      await expect(readAll(ref)).rejects.toBeInstanceOf(IntegrityError);
    });

    it('the tail dropped at a chunk boundary', async () => {
      const { ref } = await storeRandom(3 * CHUNK + 10);
      await tamper(ref, (raw) => raw.subarray(0, HEADER_LENGTH + 2 * SEALED));
      await expect(readAll(ref)).rejects.toBeInstanceOf(IntegrityError);
      await expect(readAll(ref, { start: 2 * CHUNK - 1, end: 2 * CHUNK - 1 })).rejects.toBeInstanceOf(IntegrityError);
    });

    it('an object that is empty or not ours', async () => {
      const { ref } = await storeRandom(10);
      await store.put(ref.storageKey, piecesOf(Buffer.alloc(0)));
      await expect(vault.openDecrypted(ref)).rejects.toBeInstanceOf(IntegrityError);
      await store.put(ref.storageKey, piecesOf(Buffer.from('RIFF....WAVEfmt data')));
      await expect(vault.openDecrypted(ref)).rejects.toBeInstanceOf(IntegrityError);
    });
  });

  describe('keys', () => {
    it('reject the wrong master key', async () => {
      const { ref } = await storeRandom(1000);
      const otherVault = createVault({ store, masterKey: randomBytes(32) });
      await expect(otherVault.openDecrypted(ref)).rejects.toBeInstanceOf(IntegrityError);
    });

    it('shred the recording once the wrapped key is gone, even where a copy of the object survives', async () => {
      const { plaintext, ref } = await storeRandom(2 * CHUNK + 77);
      const other = await storeRandom(2 * CHUNK + 77, 'calls/other.bin');

      // A backup, or an old object-store version, that outlives deletion.
      const backup = new DiskObjectStore(path.join(dir, 'backup'));
      await backup.put('copy.bin', piecesOf(await readRaw(store, ref.storageKey)));
      const backupVault = createVault({ store: backup, masterKey });
      const copy = { ...ref, storageKey: 'copy.bin' };
      expectSameBytes(await collect((await backupVault.openDecrypted(copy)).stream), plaintext);

      await vault.deleteObject(ref.storageKey);
      expect(await store.exists(ref.storageKey)).toBe(false);

      // With the wrapped key discarded, every key that can still be obtained fails.
      for (const wrappedKey of [other.ref.wrappedKey, wrapDataKey(generateDataKey(), masterKey)]) {
        await expect(
          collect((await backupVault.openDecrypted({ storageKey: 'copy.bin', wrappedKey })).stream),
        ).rejects.toBeInstanceOf(IntegrityError);
      }
    });
  });

  describe('failed stores', () => {
    it('stop as soon as the input passes maxBytes, and leave nothing behind', async () => {
      let produced = 0;
      async function* endless() {
        for (;;) {
          produced += 10_000;
          yield randomBytes(10_000);
        }
      }
      await expect(vault.storeEncrypted('calls/huge.bin', endless(), { maxBytes: 250_000 })).rejects.toBeInstanceOf(
        TooLargeError,
      );
      expect(produced).toBeLessThanOrEqual(260_000);
      expect(await store.exists('calls/huge.bin')).toBe(false);
    });

    it('accept input of exactly maxBytes', async () => {
      const input = piecesOf(randomBytes(250_000));
      const stored = await vault.storeEncrypted('calls/limit.bin', input, { maxBytes: 250_000 });
      expect(stored.plaintextSize).toBe(250_000);
    });

    it('delete what a store left behind before rethrowing', async () => {
      const failure = new Error('connection reset');
      // Writes part of the object under the final key, as a non-atomic backend might, then fails.
      class LeakyStore extends DiskObjectStore {
        override async put(key: string, source: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
          for await (const first of source) {
            await super.put(key, piecesOf(Buffer.from(first)));
            break;
          }
          throw failure;
        }
      }
      const leaky = new LeakyStore(path.join(dir, 'recordings'));
      const leakyVault = createVault({ store: leaky, masterKey });
      await expect(leakyVault.storeEncrypted('calls/leak.bin', piecesOf(randomBytes(5000)))).rejects.toBe(failure);
      expect(await store.exists('calls/leak.bin')).toBe(false);
    });
  });

  it('reports storage health', async () => {
    expect(await vault.storageHealth()).toEqual({ ok: true, driver: 'disk' });
    const broken = createVault({ store: new DiskObjectStore('/proc/version/recordings'), masterKey });
    expect(await broken.storageHealth()).toMatchObject({ ok: false, driver: 'disk', error: expect.any(String) });
  });
});
