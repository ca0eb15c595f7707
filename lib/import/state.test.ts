import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFinished, openStateWriter, portalKey } from './state';

const portal = 'http://portal:3000';
const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-state-')), 'state.jsonl');

describe('state file', () => {
  it('is empty when the file does not exist yet', async () => {
    expect(await loadFinished(tempFile(), portal)).toEqual(new Set());
  });

  it('remembers imported and already-present calls, but retries refused ones', async () => {
    const file = tempFile();
    const writer = await openStateWriter(file);
    await writer.append({ externalId: 'a', outcome: 'imported', status: 201, id: 'r1', line: 2, portal });
    await writer.append({ externalId: 'b', outcome: 'present', status: 200, id: 'r2', line: 3, portal });
    await writer.append({ externalId: 'c', outcome: 'refused', status: 400, line: 4, portal });
    // Written as soon as append resolves, before close: what a kill -9 right then leaves behind.
    expect(await loadFinished(file, portal)).toEqual(new Set(['a', 'b']));
    await writer.close();
    expect(fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line).externalId)).toEqual(['a', 'b', 'c']);
  });

  it('counts a call refused once and imported later (after the manifest was fixed) as finished', async () => {
    const file = tempFile();
    const writer = await openStateWriter(file);
    await writer.append({ externalId: 'a', outcome: 'refused', status: 400, line: 2, portal });
    await writer.append({ externalId: 'a', outcome: 'imported', status: 201, line: 2, portal });
    await writer.close();
    expect(await loadFinished(file, portal)).toEqual(new Set(['a']));
  });

  it('ignores what another portal answered', async () => {
    const file = tempFile();
    const writer = await openStateWriter(file);
    await writer.append({ externalId: 'a', outcome: 'imported', status: 201, line: 2, portal: 'http://staging:3000' });
    await writer.close();
    expect(await loadFinished(file, portal)).toEqual(new Set());
  });

  it('survives a torn last line from a killed run, and appends after it on a line of its own', async () => {
    const file = tempFile();
    fs.writeFileSync(file, `${JSON.stringify({ externalId: 'a', outcome: 'imported', line: 2, portal })}\n{"externalId":"b","outc`);
    expect(await loadFinished(file, portal)).toEqual(new Set(['a']));
    const writer = await openStateWriter(file);
    await writer.append({ externalId: 'c', outcome: 'imported', status: 201, line: 4, portal });
    await writer.close();
    expect(await loadFinished(file, portal)).toEqual(new Set(['a', 'c']));
  });

  it('keeps every line whole when many workers append at once', async () => {
    const file = tempFile();
    const writer = await openStateWriter(file);
    await Promise.all(Array.from({ length: 200 }, (_, i) => writer.append({ externalId: `id-${i}`, outcome: 'imported', status: 201, line: i + 2, portal })));
    await writer.close();
    expect((await loadFinished(file, portal)).size).toBe(200);
  });

  it('names a portal the same with or without a trailing slash', () => {
    expect(portalKey('http://portal:3000/')).toBe(portalKey('http://portal:3000'));
  });
});
