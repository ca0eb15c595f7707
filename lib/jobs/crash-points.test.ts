import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crashPoint } from './crash-points';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-crash-points-unit-'));
const log = path.join(folder, 'reached.log');

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(log, { force: true });
});

describe('crash points', () => {
  it('do nothing without the test folder, and nothing in production even with it', async () => {
    vi.stubEnv('WGLAD_PAUSE_AT', 'job.step');
    await expect(crashPoint('job.step')).resolves.toBeUndefined();
    vi.stubEnv('WGLAD_CRASH_POINTS_DIR', folder);
    vi.stubEnv('NODE_ENV', 'production');
    await expect(crashPoint('job.step')).resolves.toBeUndefined();
    expect(fs.existsSync(log)).toBe(false);
  });

  it('log each point reached and pause only at the named ones', async () => {
    vi.stubEnv('WGLAD_CRASH_POINTS_DIR', folder);
    vi.stubEnv('WGLAD_PAUSE_AT', 'job.other,job.paused');
    await crashPoint('job.passed');
    let paused = false;
    void crashPoint('job.paused').then(() => (paused = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(fs.readFileSync(log, 'utf8')).toBe('job.passed\njob.paused\n');
    expect(paused).toBe(false);
  });
});
