import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DiskObjectStore } from './disk-store';
import { createVault, type Vault } from './vault';

/**
 * A loose check that memory does not grow with the recording: 50 MB go through both ways
 * while live memory (heap plus Buffers, measured right after a forced GC so garbage
 * awaiting collection does not count) is sampled every few MB. Buffering the recording
 * anywhere would show up as tens of MB; streaming holds a few chunks.
 */

const TOTAL = 50 * 1024 * 1024;
const PIECE = 64 * 1024;
const SAMPLE_EVERY = 4 * 1024 * 1024;
const LIMIT = 8 * 1024 * 1024;

let dir: string;
let vault: Vault;
let peak = 0;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Twice, because one collection can leave dead Buffers' memory to be swept later. */
function liveMemory(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function sample(bytesSoFar: number): void {
  if (bytesSoFar % SAMPLE_EVERY === 0) peak = Math.max(peak, liveMemory());
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wglad-memory-'));
  vault = createVault({ store: new DiskObjectStore(dir), masterKey: randomBytes(32) });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function* generated(): AsyncGenerator<Buffer> {
  const piece = randomBytes(PIECE);
  for (let sent = 0; sent < TOTAL; sent += PIECE) {
    sample(sent);
    yield piece;
  }
}

it('stores and reads back 50 MB without memory growing with the size', async () => {
  const baseline = liveMemory();
  peak = baseline;

  const stored = await vault.storeEncrypted('big.bin', generated());
  expect(stored.plaintextSize).toBe(TOTAL);
  const storeGrowth = peak - baseline;

  const readBaseline = liveMemory();
  peak = readBaseline;
  const { stream } = await vault.openDecrypted({ storageKey: 'big.bin', wrappedKey: stored.wrappedKey });
  let read = 0;
  for await (const part of stream) {
    read += (part as Buffer).length;
    sample(read);
  }
  expect(read).toBe(TOTAL);
  const readGrowth = peak - readBaseline;

  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  expect(storeGrowth, `storing grew live memory by ${mib(storeGrowth)}`).toBeLessThan(LIMIT);
  expect(readGrowth, `reading grew live memory by ${mib(readGrowth)}`).toBeLessThan(LIMIT);
});
