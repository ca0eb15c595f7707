/**
 * kill -9 in the middle of real work: a real worker process (tsx with react-server
 * conditions, as `npm run worker`) runs the access-package and consent-erasure jobs against a
 * real database (a PGlite data folder on disk, owned by one process at a time, or a fresh
 * PostgreSQL database when TEST_DATABASE_URL is set). Each run stops at a named crash point
 * (lib/jobs/crash-points.ts) and is killed with SIGKILL; the next run must take the job over
 * and the end state must show every effect exactly once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffPrincipal } from '@/lib/auth';
import { verifyAuditChain } from '@/lib/audit/verify';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { closeDb, getDb, getDbAdapter } from '@/lib/db';
import { applyPendingMigrations } from '@/lib/db/migrate';
import type { AuthorizedCustomerId, CustomerSession } from '@/lib/identity/sessions';
import { deliverRecipientNotices } from '@/lib/recipients/notifications';
import { ingestRecording } from '@/lib/recordings/ingest';
import { recordingMetadataSchema } from '@/lib/recordings/schema';
import { decideRequest } from '@/lib/requests/decisions';
import { fileCustomerRequest } from '@/lib/requests/mutations';
import { ensureDefaultRetentionPolicies } from '@/lib/retention/policies';
import { sweepOrphanedObjects } from '@/lib/storage/orphan-sweep';
import { getObjectStore, openDecrypted } from '@/lib/storage/vault';
import { makeWav } from '@/test/audio';
import { createPostgresDatabase } from '@/test/database';
import { stopBoss } from './boss';
import { dispatchQueuedJobs } from './fulfilment-jobs';
import { unzip } from '@/test/zip';

const repoRoot = path.resolve(__dirname, '../..');
const crashPointsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-crash-points-'));
const reachedLog = path.join(crashPointsDir, 'reached.log');
const dpo: StaffPrincipal = { sessionId: 's', staffUserId: 'staff-dpo', name: 'DPO', email: 'dpo@test', roles: ['dpo'] };
let dropDatabase: (() => Promise<void>) | undefined;
const liveWorkers = new Set<ChildProcess>();

beforeAll(async () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const database = await createPostgresDatabase(serverUrl);
    process.env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  }
  // Otherwise the embedded database under this file's own DATA_DIR (test/setup-env.ts).
  await applyPendingMigrations(await getDbAdapter());
  await ensureDefaultRetentionPolicies(await getDb());
});

afterAll(async () => {
  // A failed assertion can leave a worker paused at a crash point: never leave it running.
  for (const worker of liveWorkers) worker.kill('SIGKILL');
  fs.rmSync(crashPointsDir, { recursive: true, force: true });
  await stopBoss();
  await closeDb();
  await dropDatabase?.();
});

/** Hands the database to worker processes: the embedded one has a single owner at a time. */
async function releaseDatabase() {
  await dispatchQueuedJobs();
  await stopBoss();
  await closeDb();
}

interface Worker {
  process: ChildProcess;
  output: () => string;
}

function startWorker(pauseAt?: string): Worker {
  fs.writeFileSync(reachedLog, '');
  const entry = process.env.DATABASE_URL ? 'scripts/worker.ts' : 'test/embedded-worker.ts';
  // `node --import tsx` keeps the worker one process, so SIGKILL reaches the worker itself.
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, JOB_LEASE_SECONDS: '1', WGLAD_CRASH_POINTS_DIR: crashPointsDir, WGLAD_PAUSE_AT: pauseAt ?? '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveWorkers.add(child);
  child.once('exit', () => liveWorkers.delete(child));
  let output = '';
  child.stdout!.on('data', (piece: Buffer) => (output += piece.toString()));
  child.stderr!.on('data', (piece: Buffer) => (output += piece.toString()));
  return { process: child, output: () => output };
}

/** Polls the crash-point log until `name` is reached; a worker that died on its own fails the test with its output. */
async function reached(worker: Worker, name: string): Promise<void> {
  for (;;) {
    if (worker.process.exitCode !== null) throw new Error(`the worker exited (${worker.process.exitCode}) before ${name}:\n${worker.output()}`);
    if (fs.readFileSync(reachedLog, 'utf8').split('\n').includes(name)) return;
    await sleep(100);
  }
}

/** One worker run stopped by SIGKILL once every job in it has reached its crash point. */
async function killAt(points: string[]): Promise<void> {
  const worker = startWorker(points.join(','));
  for (const point of points) await reached(worker, point);
  const exited = once(worker.process, 'exit');
  worker.process.kill('SIGKILL');
  await exited;
}

/** A worker without a crash point, stopped (SIGTERM) once every job has reached its `doneAt` point. */
async function runToCompletion(doneAt: string[]): Promise<void> {
  const worker = startWorker();
  for (const point of doneAt) await reached(worker, point);
  const exited = once(worker.process, 'exit');
  worker.process.kill('SIGTERM');
  await exited;
}

let sequence = 0;
async function customerWithCalls(audios: Buffer[], recipientUrls: string[] = []) {
  sequence += 1;
  const phone = `+4860088${String(sequence).padStart(4, '0')}`;
  const customer = await upsertCustomerFromCrm(`C-CRASH${sequence}`, { fullName: 'Klient Awaryjny', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'test');
  const db = await getDb();
  const recipients = await Promise.all(recipientUrls.map((webhookUrl, index) => db.recipient.create({ data: { name: `Odbiorca ${sequence}-${index}`, role: 'processor', webhookUrl } })));
  const ids: string[] = [];
  for (const [index, audio] of audios.entries()) {
    const at = new Date(Date.UTC(2026, 8, 1 + index, 10)).toISOString();
    const metadata = recordingMetadataSchema.parse({
      externalId: `crash-${sequence}-${index}`, phone, startedAt: at, durationSeconds: 2, direction: 'inbound', purposes: ['quality'], legalBasis: 'consent',
      consent: { method: 'ivr', givenAt: at }, transcript: [{ startMs: 0, endMs: 1000, speaker: 'agent', text: 'Dzień dobry.' }],
    });
    const { id } = await ingestRecording({ metadata, audio: Readable.from([audio]), maxBytes: 1e7 });
    ids.push(id);
    for (const recipient of recipients) await db.recordingRecipient.create({ data: { recordingId: id, recipientId: recipient.id, sharedAt: new Date(at), purpose: 'quality' } });
  }
  const session: CustomerSession = { sessionId: 'x', customerId: customer.id as AuthorizedCustomerId, phone, verifiedAt: new Date(), expiresAt: new Date(Date.now() + 1e6) };
  return { session, ids };
}


async function storedKeys(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of getObjectStore().list(prefix)) keys.push(object.key);
  return keys.sort();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Records webhook deliveries, as a recipient (Art. 19) would receive them. */
async function startRecipientSink() {
  const received: { key: string; body: string }[] = [];
  const sink = http.createServer((request, response) => {
    let body = '';
    request.on('data', (piece: Buffer) => (body += piece.toString()));
    request.on('end', () => {
      received.push({ key: String(request.headers['idempotency-key']), body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  return { received, url: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`, close: () => sink.close() };
}

/**
 * Both jobs run side by side in each worker run, each stopped at its own point: mid-ZIP, after
 * the ZIP is stored, inside the commit that attaches it, and after the handler but before the
 * row completes; inside an erasure's commit, and twice between a commit and the deletion of
 * the erased call's object.
 */
const killRuns = [
  ['access-package.call-added', 'consent-erasure.committed'],
  ['access-package.stored', 'consent-erasure.committed'],
  ['access-package.committing', 'consent-erasure.committing'],
  ['access-package.finishing', 'consent-erasure.finishing'],
];

describe('jobs killed with SIGKILL at any step finish exactly once after a restart', () => {
  it('an access package and a consent erasure, each killed at four steps', async () => {
    const sink = await startRecipientSink();
    try {
      const audios = [makeWav(1.5, 300), makeWav(1, 500), makeWav(2, 700)];
      const access = await customerWithCalls(audios);
      const accessRequest = await fileCustomerRequest(access.session, { type: 'access' });
      await decideRequest(dpo, accessRequest.id, { action: 'approve' });
      const withdrawing = await customerWithCalls([makeWav(1, 350), makeWav(1, 450), makeWav(1, 550)], [`${sink.url}/qa`, `${sink.url}/archive`]);
      let db = await getDb();
      const erasedObjectKeys = (await db.recording.findMany({ where: { id: { in: withdrawing.ids } }, select: { storageKey: true } })).map((row) => row.storageKey!);
      const withdrawal = await fileCustomerRequest(withdrawing.session, { type: 'consent_withdrawal', purposes: ['quality'] });
      await releaseDatabase();

      for (const points of killRuns) await killAt(points);
      await runToCompletion(['access-package.completed', 'consent-erasure.completed']);

      db = await getDb();
      // Each run after a kill took the abandoned jobs over; the last one completed them.
      for (const dedupeKey of [`access-package:${accessRequest.id}`, `consent-erasure:${withdrawal.id}`]) {
        expect(await db.fulfilmentJob.findUniqueOrThrow({ where: { dedupeKey } })).toMatchObject({ status: 'completed', attempts: killRuns.length + 1 });
      }

      // The access package: every file, byte for byte, with matching manifest hashes, built once.
      const done = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: accessRequest.id }, omit: { packageWrappedKey: false } });
      expect(done.status).toBe('completed');
      const { stream } = await openDecrypted({ storageKey: done.packageStorageKey!, wrappedKey: done.packageWrappedKey! });
      const pieces: Buffer[] = [];
      for await (const piece of stream) pieces.push(piece as Buffer);
      const files = await unzip(Buffer.concat(pieces));
      const audioFiles = [...files.keys()].filter((name) => name.startsWith('calls/')).sort();
      expect(audioFiles.map((name) => sha256(files.get(name)!))).toEqual(audios.map(sha256));
      const manifest = JSON.parse(files.get('manifest.json')!.toString()) as { files: { file: string; sha256: string }[] };
      expect(manifest.files.map((entry) => entry.file).sort()).toEqual([...files.keys()].filter((name) => name !== 'manifest.json').sort());
      for (const entry of manifest.files) expect(sha256(files.get(entry.file)!)).toBe(entry.sha256);
      expect(await db.auditEvent.count({ where: { requestId: accessRequest.id, type: 'package.built' } })).toBe(1);
      for (const id of access.ids) expect(await db.auditEvent.count({ where: { recordingId: id, type: 'recording.exported' } })).toBe(1);
      expect(await db.requestEvent.count({ where: { requestId: accessRequest.id, kind: 'package_ready' } })).toBe(1);

      // The consent erasure: every call erased once, with one audit event each.
      for (const id of withdrawing.ids) {
        expect(await db.recording.findUniqueOrThrow({ where: { id }, omit: { wrappedKey: false } })).toMatchObject({ status: 'erased', wrappedKey: null, storageKey: null });
        expect(await db.auditEvent.count({ where: { recordingId: id, type: 'recording.erased' } })).toBe(1);
        expect(await db.transcriptSegment.count({ where: { recordingId: id } })).toBe(0);
      }
      expect((await db.requestRecording.findMany({ where: { requestId: withdrawal.id } })).map((row) => row.outcome)).toEqual(['erased', 'erased', 'erased']);

      // One notice per recipient and call, each delivered (a worker's minute-by-minute delivery
      // may have sent some already; a repeat would carry the same idempotency key).
      expect(await db.recipientNotification.count({ where: { recordingId: { in: withdrawing.ids } } })).toBe(6);
      await deliverRecipientNotices();
      await deliverRecipientNotices();
      const notices = await db.recipientNotification.findMany({ where: { recordingId: { in: withdrawing.ids } }, select: { id: true, status: true } });
      expect(notices.every((notice) => notice.status === 'sent')).toBe(true);
      expect(new Set(sink.received.map((delivery) => delivery.key))).toEqual(new Set(notices.map((notice) => notice.id)));
      expect(await db.auditEvent.count({ where: { recordingId: { in: withdrawing.ids }, type: 'recipient.notified' } })).toBe(6);

      // Left behind by the kills: two ZIPs stored but never attached, the half-written temporary
      // file of the run killed mid-ZIP, and the key-less ciphertext of the two calls whose erasure
      // committed just before a kill. The orphan sweep removes exactly those.
      const packages = await storedKeys(`packages/${accessRequest.id}/`);
      expect(packages).toHaveLength(3);
      expect(packages).toContain(done.packageStorageKey);
      expect((await Promise.all(erasedObjectKeys.map((key) => getObjectStore().exists(key)))).filter(Boolean)).toHaveLength(2);
      expect(await sweepOrphanedObjects({ graceMs: 0, now: new Date(Date.now() + 1000) })).toMatchObject({ deleted: 4, incompleteDiscarded: 1 });
      expect(await storedKeys(`packages/${accessRequest.id}/`)).toEqual([done.packageStorageKey]);
      expect(await Promise.all(erasedObjectKeys.map((key) => getObjectStore().exists(key)))).toEqual([false, false, false]);
      for (const id of access.ids) expect(await db.recording.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'available' });

      expect((await verifyAuditChain(db)).ok).toBe(true);
    } finally {
      sink.close();
    }
  }, 240_000);
});
