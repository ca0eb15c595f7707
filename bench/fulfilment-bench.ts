/**
 * `npm run bench`: the fulfilment figures of the README's performance section, measured on
 * this machine in one run (never as timed test assertions):
 *  1. access-package build throughput for ~1 GB of audio vs the `zip` command on the same files,
 *  2. peak memory while building it,
 *  3. erasure (retention purge) of 10,000 calls on the embedded database.
 * Options: --megabytes N (default 1024), --calls N (default 10000). Needs `zip` on PATH.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { megabytes: { type: 'string', default: '1024' }, calls: { type: 'string', default: '10000' } } });
const totalMegabytes = Number(values.megabytes);
const callsToErase = Number(values.calls);

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-bench-'));
process.env.DATA_DIR = path.join(workDir, 'data');
process.env.MASTER_KEY ??= randomBytes(32).toString('base64');
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
process.env.LOG_LEVEL = 'silent';

/** A 10 MB PCM WAV of noisy tone: realistic for deflate (it barely compresses) and for our store-only entries. */
function wavFile(bytes: number, seed: number): Buffer {
  const data = Buffer.alloc(bytes - 44);
  for (let i = 0; i + 1 < data.length; i += 2) data.writeInt16LE(Math.round(6000 * Math.sin((i + seed) / 9) + ((i * 7919 + seed) % 2000) - 1000), i);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(bytes - 8, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(bytes - 44, 40);
  return Buffer.concat([header, data]);
}

function peakMemorySampler() {
  let peakRss = 0;
  let peakHeapAndBuffers = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeapAndBuffers = Math.max(peakHeapAndBuffers, usage.heapUsed + usage.external + usage.arrayBuffers);
  };
  const timer = setInterval(sample, 20);
  return { stop: () => (clearInterval(timer), sample(), { peakRss, peakHeapAndBuffers }) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (bytes: number, ms: number) => `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(0)} MB/s`;

async function main() {
  const [{ getDb, getDbAdapter, closeDb }, { applyPendingMigrations }, { ingestRecording }, { recordingMetadataSchema }, { upsertCustomerFromCrm }, { fileCustomerRequest }, { decideRequest }, { buildAccessPackage }, { purgeExpiredRecordings }, { ensureDefaultRetentionPolicies }] = await Promise.all([
    import('@/lib/db'),
    import('@/lib/db/migrate'),
    import('@/lib/recordings/ingest'),
    import('@/lib/recordings/schema'),
    import('@/lib/customers/mutations'),
    import('@/lib/requests/mutations'),
    import('@/lib/requests/decisions'),
    import('@/lib/fulfilment/access-package'),
    import('@/lib/fulfilment/retention-purge'),
    import('@/lib/retention/policies'),
  ]);
  await applyPendingMigrations(await getDbAdapter());
  const db = await getDb();
  await ensureDefaultRetentionPolicies(db);

  // 1–2. Package build vs zip.
  const fileBytes = 10 * 1024 * 1024;
  const files = Math.max(1, Math.round((totalMegabytes * 1024 * 1024) / fileBytes));
  const audioDir = path.join(workDir, 'audio');
  fs.mkdirSync(audioDir);
  const phone = '+48600999999';
  const customer = await upsertCustomerFromCrm('C-BENCH', { fullName: 'Bench', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'bench');
  console.log(`Preparing ${files} calls of ${mb(fileBytes)} (${mb(files * fileBytes)})…`);
  for (let index = 0; index < files; index += 1) {
    const audio = wavFile(fileBytes, index);
    fs.writeFileSync(path.join(audioDir, `call-${index}.wav`), audio);
    await ingestRecording({
      metadata: recordingMetadataSchema.parse({ externalId: `bench-${index}`, phone, startedAt: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(), durationSeconds: 655, direction: 'inbound', purposes: ['contract'], legalBasis: 'contract' }),
      audio: Readable.from([audio]),
      maxBytes: fileBytes * 2,
    });
  }
  const session = { sessionId: 'bench', customerId: customer.id as never, phone, verifiedAt: new Date(), expiresAt: new Date(Date.now() + 3600_000) };
  const request = await fileCustomerRequest(session, { type: 'access' });
  await decideRequest({ sessionId: 'b', staffUserId: 'bench', name: 'Bench', email: 'bench@example.com', roles: ['dpo'] }, request.id, { action: 'approve' });

  if (global.gc) global.gc();
  const baseline = process.memoryUsage();
  const memory = peakMemorySampler();
  const packageStart = performance.now();
  await buildAccessPackage(request.id, { setTotal: async () => undefined, advance: async () => undefined });
  const packageMs = performance.now() - packageStart;
  const { peakRss, peakHeapAndBuffers } = memory.stop();
  const baselineHeapAndBuffers = baseline.heapUsed + baseline.external + baseline.arrayBuffers;

  const zipStart = performance.now();
  execFileSync('zip', ['-q', '-r', path.join(workDir, 'zip-default.zip'), '.'], { cwd: audioDir });
  const zipMs = performance.now() - zipStart;
  const zipStoreStart = performance.now();
  execFileSync('zip', ['-q', '-0', '-r', path.join(workDir, 'zip-store.zip'), '.'], { cwd: audioDir });
  const zipStoreMs = performance.now() - zipStoreStart;
  const bytes = files * fileBytes;

  // 3. Erasure of many calls through the retention purge. The calls are written directly (rows,
  // a transcript line and a small stored object each): ingesting 10,000 calls would only slow the set-up.
  console.log(`Preparing ${callsToErase} expired calls…`);
  const recordingsRoot = path.join(process.env.DATA_DIR!, 'recordings');
  fs.mkdirSync(path.join(recordingsRoot, 'bench-erase'), { recursive: true });
  for (let start = 0; start < callsToErase; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, callsToErase - start) }, (_, offset) => {
      const index = start + offset;
      fs.writeFileSync(path.join(recordingsRoot, 'bench-erase', `${index}`), randomBytes(2048));
      return {
        id: `bench-erase-${index}`, externalId: `erase-${index}`, phone, customerId: customer.id, startedAt: new Date('2025-01-01T10:00:00Z'), durationSeconds: 1, direction: 'inbound' as const,
        purposes: ['quality' as const], legalBasis: 'legitimate_interest' as const, retentionUntil: new Date('2025-04-01T00:00:00Z'), storageKey: `bench-erase/${index}`, wrappedKey: 'x', sizeBytes: 2048n, contentType: 'audio/wav', sha256: 'x',
      };
    });
    await db.recording.createMany({ data: rows });
    await db.transcriptSegment.createMany({ data: rows.map((row) => ({ recordingId: row.id, startMs: 0, endMs: 500, speaker: 'agent', text: 'Dzień dobry.' })) });
  }
  const eraseStart = performance.now();
  const purged = await purgeExpiredRecordings(undefined, new Date('2025-05-01T00:00:00Z'));
  const eraseMs = performance.now() - eraseStart;

  console.log('\nResults');
  console.log(`  package build: ${mb(bytes)} in ${(packageMs / 1000).toFixed(1)} s = ${rate(bytes, packageMs)} (encrypt-on-write included)`);
  console.log(`  zip (default deflate) on the same files: ${(zipMs / 1000).toFixed(1)} s = ${rate(bytes, zipMs)} → ratio ${(zipMs / packageMs).toFixed(2)}×`);
  console.log(`  zip -0 (store) on the same files: ${(zipStoreMs / 1000).toFixed(1)} s = ${rate(bytes, zipStoreMs)} → ratio ${(zipStoreMs / packageMs).toFixed(2)}×`);
  console.log(`  peak memory while building: +${mb(peakHeapAndBuffers - baselineHeapAndBuffers)} heap+buffers and +${mb(peakRss - baseline.rss)} RSS over the ${mb(baseline.rss)} process before the build (which holds the embedded PostgreSQL)`);
  console.log(`  erasure of ${purged.erased} calls (retention purge, embedded database): ${(eraseMs / 1000).toFixed(1)} s`);
  await closeDb();
  fs.rmSync(workDir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    fs.rmSync(workDir, { recursive: true, force: true });
    process.exit(1);
  },
);
