import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatCsvRow, parseCsv } from '../../lib/import/csv';
import { ingestKey } from '../support/ingest';

/**
 * The archive importer (`npm run import`) as an operator runs it: a child process against the
 * running portal, on a copy of samples/archive, killed with SIGKILL halfway and run again.
 */

const sampleCalls = 6;
const sampleRefused = 1;

/** Objects in the server's recording store: each imported call adds exactly one. */
function storedObjects(): number {
  const dir = path.join(process.env.DATA_DIR ?? '', 'recordings', 'recordings');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

/** A copy of the sample archive whose externalIds are new to this server (it keeps data between tests). */
function copySampleArchive(): { folder: string; prefix: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-import-e2e-'));
  fs.cpSync(path.join('samples', 'archive'), folder, { recursive: true });
  const prefix = `e2e-${randomBytes(4).toString('hex')}`;
  const manifest = path.join(folder, 'calls.csv');
  const [header, ...rows] = parseCsv(fs.readFileSync(manifest, 'utf8'));
  const column = header!.fields.indexOf('externalId');
  const rewritten = rows.map((row) => formatCsvRow(row.fields.map((value, index) => (index === column ? `${prefix}-${value}` : value))));
  fs.writeFileSync(manifest, [formatCsvRow(header!.fields), ...rewritten].join(''));
  return { folder, prefix };
}

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** One process, not `tsx`'s wrapper around a second one, so that SIGKILL hits the importer itself. */
function startImport(folder: string, ...extra: string[]): Run {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/import-archive.ts', folder, '--manifest', 'calls.csv', '--url', process.env.BASE_URL ?? 'http://127.0.0.1:3000', ...extra],
    { env: { ...process.env, INGEST_API_KEY: ingestKey() }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Awaited<Run['done']>>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

function summaryOf(stdout: string) {
  const count = (label: string) => Number(new RegExp(`^\\s+${label}\\s+(\\d+)`, 'm').exec(stdout)?.[1] ?? NaN);
  return {
    imported: count('imported'),
    present: count('already present'),
    skipped: Number(/\((\d+) skipped/.exec(stdout)?.[1] ?? 0),
    refused: count('refused'),
    failed: count('failed'),
  };
}

const finishedLines = (statePath: string) => (fs.existsSync(statePath) ? fs.readFileSync(statePath, 'utf8').split('\n').filter((line) => line.endsWith('}')) : []);

test.describe('archive import (npm run import)', () => {
  test('survives kill -9, finishes on a re-run without duplicates, and reports the refused row', async () => {
    test.setTimeout(120_000);
    const { folder, prefix } = copySampleArchive();
    const statePath = path.join(folder, '.wglad-import-state.jsonl');
    const reportPath = path.join(folder, 'import-report.csv');
    const objectsBefore = storedObjects();

    // First run, one upload at a time, killed the moment the first answer is on disk.
    const first = startImport(folder, '--concurrency', '1');
    let exited = false;
    void first.done.then(() => (exited = true));
    while (!exited && finishedLines(statePath).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal, `the first run ended on its own:\n${killed.stdout}${killed.stderr}`).toBe('SIGKILL');
    const linesAfterKill = finishedLines(statePath).length;
    expect(linesAfterKill).toBeGreaterThanOrEqual(1);
    expect(linesAfterKill).toBeLessThan(sampleCalls);

    // Second run: finishes the job; what the first run finished is skipped, not sent again.
    const second = await startImport(folder).done;
    expect(second.code, second.stderr).toBe(2);
    const secondSummary = summaryOf(second.stdout);
    expect(secondSummary.refused).toBe(sampleRefused);
    expect(secondSummary.failed).toBe(0);
    expect(secondSummary.skipped).toBeGreaterThanOrEqual(1);
    expect(secondSummary.imported + secondSummary.present).toBe(sampleCalls - sampleRefused);

    const [header, ...reported] = parseCsv(fs.readFileSync(reportPath, 'utf8')).map((record) => record.fields);
    expect(header).toEqual(['line', 'externalId', 'file', 'outcome', 'httpStatus', 'errors', 'detail']);
    expect(reported).toHaveLength(1);
    const [line, externalId, file, outcome, status, errors] = reported[0]!;
    expect([line, externalId, file, outcome, status]).toEqual(['6', `${prefix}-archive-2025-000005`, '2025/01/archive-2025-000005.wav', 'refused', '400']);
    expect(errors).toContain('metadata.purposes.1: must be one of');

    // Third run: nothing new; everything is already there (and the refused row is refused again).
    const third = await startImport(folder).done;
    expect(third.code).toBe(2);
    expect(summaryOf(third.stdout)).toEqual({ imported: 0, present: sampleCalls - sampleRefused, skipped: sampleCalls - sampleRefused, refused: sampleRefused, failed: 0 });

    // Without the state file the portal itself answers "already stored" (200): still no duplicates.
    const fresh = await startImport(folder, '--state', path.join(folder, 'other-state.jsonl')).done;
    expect(summaryOf(fresh.stdout)).toEqual({ imported: 0, present: sampleCalls - sampleRefused, skipped: 0, refused: sampleRefused, failed: 0 });

    if (process.env.DATA_DIR) expect(storedObjects() - objectsBefore).toBe(sampleCalls - sampleRefused);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('stops with exit code 1 and one clear sentence on a wrong key or a missing folder', async () => {
    const { folder } = copySampleArchive();
    const wrongKey = await startImport(folder, '--key', 'not-the-ingest-key').done;
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('the portal refused the ingest key (401)');

    const missing = await startImport(path.join(folder, 'no-such-folder')).done;
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/the archive folder .*no-such-folder does not exist/);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
