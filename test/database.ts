import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { closeDb, createPrismaClient, getDb, installConnectionForTests, pgliteJobDatabase } from '@/lib/db';
import { applyPendingMigrations } from '@/lib/db/migrate';
import { installAuditCapture, saveAuditCapture } from './audit-capture';

/**
 * Gives a test file a database of its own with the committed migrations applied: an
 * in-memory PGlite by default, or a fresh database on the PostgreSQL server named by
 * TEST_DATABASE_URL (CI runs the suite both ways). Refuses any server that is not local.
 * Every audit event the file writes is captured for test/audit-log.check.ts.
 */
export function withTestDatabase(): void {
  beforeAll(async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      await openOnPostgres(serverUrl);
    } else {
      await openInMemory();
    }
    await installAuditCapture(await getDb());
  });
  afterAll(async () => {
    await saveAuditCapture(await getDb(), expect.getState().testPath ?? 'unknown');
    await closeDb();
  });
}

async function openInMemory() {
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter')]);
  const pglite = await PGlite.create();
  const adapter = new PrismaPGlite(pglite);
  await applyPendingMigrations(adapter);
  const db = createPrismaClient(adapter);
  installConnectionForTests({
    db,
    adapter,
    jobs: pgliteJobDatabase(pglite),
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  });
}

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error(`Tests refuse to run against a non-local database (${host}).`);
  }
}

/** A fresh, empty database on the local PostgreSQL server named by `serverUrl`, and how to drop it. */
export async function createPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  assertLocalDatabase(serverUrl);
  const name = `wglad_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function openOnPostgres(serverUrl: string) {
  const { url, drop } = await createPostgresDatabase(serverUrl);
  const adapter = new PrismaPg({ connectionString: url });
  await applyPendingMigrations(adapter);
  const db = createPrismaClient(adapter);
  installConnectionForTests({ db, adapter, jobs: { connectionString: url }, close: async () => {
    await db.$disconnect();
    await drop();
  } });
}
