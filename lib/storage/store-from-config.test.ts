import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { collect, piecesOf } from './object-store-contract';

const config = vi.hoisted(() => ({
  dataDir: '',
  storageUrl: undefined as string | undefined,
  s3Endpoint: undefined as string | undefined,
  masterKey: Buffer.alloc(0),
}));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

describe('the configured storage', () => {
  beforeAll(async () => {
    config.dataDir = await mkdtemp(path.join(tmpdir(), 'wglad-config-'));
    config.masterKey = randomBytes(32);
  });
  beforeEach(() => {
    vi.resetModules();
    config.storageUrl = undefined;
    config.s3Endpoint = undefined;
  });
  afterAll(async () => {
    await rm(config.dataDir, { recursive: true, force: true });
  });

  it('defaults to the disk under DATA_DIR/recordings and works end to end', async () => {
    const storage = await import('./index');
    expect(storage.getObjectStore()).toBe(storage.getObjectStore());
    expect(storage.getObjectStore().driver).toBe('disk');

    const stored = await storage.storeEncrypted('calls/a.bin', piecesOf(Buffer.from('hello')));
    expect((await stat(path.join(config.dataDir, 'recordings', 'calls', 'a.bin'))).size).toBe(stored.storedSize);
    const ref = { storageKey: 'calls/a.bin', wrappedKey: stored.wrappedKey };
    const { stream } = await storage.openDecrypted(ref, { start: 1, end: 3 });
    expect((await collect(stream)).toString()).toBe('ell');
    expect(await storage.storageHealth()).toEqual({ ok: true, driver: 'disk' });
    await storage.deleteObject('calls/a.bin');
    expect(await storage.getObjectStore().exists('calls/a.bin')).toBe(false);
  });

  it('uses S3 when STORAGE_URL is set', async () => {
    config.storageUrl = 's3://bucket/prefix';
    config.s3Endpoint = 'http://127.0.0.1:9';
    const storage = await import('./index');
    expect(storage.getObjectStore().driver).toBe('s3');
  });
});
