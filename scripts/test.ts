/**
 * `npm test`: everything CI checks, in the order that fails fastest — types, lint, unit tests
 * (Vitest, each file on its own in-memory database), a production build, then a real server
 * on a fresh data folder for the API tests and the Playwright flows.
 *
 *   npm test                      on the embedded database (PGlite)
 *   npm test -- --postgres URL    the database-touching tests again on a real PostgreSQL
 *   npm test -- --only unit|e2e   one part
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startSmsSink } from '../test/sms-sink';

const args = process.argv.slice(2);
const postgresUrl = args.includes('--postgres') ? args[args.indexOf('--postgres') + 1] ?? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);

function run(label: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit code ${code})`))));
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('the test server exited during start-up');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the test server did not become healthy at ${url}`);
}

async function freshPostgresDatabase(serverUrl: string): Promise<string> {
  const name = `wglad_e2e_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withServer(env: NodeJS.ProcessEnv, body: (baseUrl: string) => Promise<void>) {
  const port = String(3400 + Math.floor(Math.random() * 400));
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`\n▶ starting the portal for the API and e2e tests on ${baseUrl}`);
  const server = spawn(bin('tsx'), ['--conditions=react-server', 'scripts/start.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, PORT: port }, detached: true });
  try {
    await waitForHealth(`${baseUrl}/api/v1/health`, server);
    await body(baseUrl);
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already stopped
    }
  }
}

async function main() {
  const dbEnv: NodeJS.ProcessEnv = { ...process.env, ...(postgresUrl ? { TEST_DATABASE_URL: postgresUrl } : {}) };
  if (!only && !postgresUrl) {
    await run('type check', bin('tsc'), ['--noEmit']);
    await run('lint', bin('eslint'), ['.', '--max-warnings=0']);
  }
  if (!only || only === 'unit') {
    await run(postgresUrl ? 'unit tests on PostgreSQL' : 'unit tests', bin('vitest'), ['run'], dbEnv);
  }
  if (!only || only === 'e2e') {
    if (!postgresUrl || !fs.existsSync('.next/BUILD_ID')) await run('production build', bin('next'), ['build']);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-test-'));
    const smsSink = await startSmsSink();
    const serverEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      MASTER_KEY: randomBytes(32).toString('base64'),
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      INGEST_API_KEY: `test-ingest-${randomBytes(12).toString('hex')}`,
      ADMIN_EMAIL: 'admin@test.wglad.test',
      ADMIN_PASSWORD: `admin-${randomBytes(8).toString('hex')}`,
      ...(postgresUrl ? { DATABASE_URL: await freshPostgresDatabase(postgresUrl) } : {}),
      LOG_LEVEL: 'warn',
      MAX_UPLOAD_BYTES: String(2 * 1024 * 1024),
      NEXT_TELEMETRY_DISABLED: '1',
      SMS_TRANSPORT: 'http',
      SMS_HTTP_URL: `${smsSink.url}/sms`,
      SMS_SINK_URL: smsSink.url,
    };
    try {
      await withServer(serverEnv, (baseUrl) => run('API and browser tests (Playwright)', bin('playwright'), ['test'], { ...serverEnv, BASE_URL: baseUrl }));
    } finally {
      await smsSink.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log('\n✔ all checks passed');
}

main().catch((error: unknown) => {
  console.error(`\n✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
