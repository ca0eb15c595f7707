import 'server-only';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';
import { acquireDataDirectoryLock } from '@/lib/db/embedded-lock';

/**
 * The one Prisma client. With DATABASE_URL it talks to PostgreSQL; without, to an embedded
 * PGlite under DATA_DIR that this process owns exclusively (see embedded-lock.ts).
 * Secrets are omitted from every query result unless a query asks for them by name.
 */

export const secretFieldsOmitted = {
  recording: { wrappedKey: true },
  staffUser: { passwordHash: true, totpSecret: true, recoveryCodeHashes: true },
  otpChallenge: { codeHash: true },
  authSession: { tokenHash: true },
  dataSubjectRequest: { packageWrappedKey: true },
} as const;

export function createPrismaClient(adapter: SqlMigrationAwareDriverAdapterFactory) {
  return new PrismaClient({ adapter, omit: secretFieldsOmitted });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** How pg-boss reaches the same database: its own pool on PostgreSQL, the one in-process PGlite otherwise. */
export type JobDatabase = { connectionString: string } | { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

interface Connection {
  db: Db;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  jobs: JobDatabase;
  close: () => Promise<void>;
}

/** pg-boss sends multi-statement scripts without parameters; PGlite runs those with exec(). */
export function pgliteJobDatabase(pglite: import('@electric-sql/pglite').PGlite): JobDatabase {
  return {
    executeSql: async (text, values) => (values?.length ? pglite.query(text, values) : { rows: (await pglite.exec(text)).at(-1)?.rows ?? [] }),
  };
}

const holder = globalThis as typeof globalThis & { __wgladConnection?: Promise<Connection> };

async function openEmbedded(dataDir: string): Promise<Connection> {
  const release = acquireDataDirectoryLock(dataDir);
  try {
    const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('pglite-prisma-adapter'),
    ]);
    const pglite = await PGlite.create(path.join(dataDir, 'pglite'));
    const adapter = new PrismaPGlite(pglite);
    const db = createPrismaClient(adapter);
    process.once('exit', release);
    return {
      db,
      adapter,
      jobs: pgliteJobDatabase(pglite),
      close: async () => {
        await db.$disconnect();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function openPostgres(url: string): Connection {
  const adapter = new PrismaPg({ connectionString: url });
  const db = createPrismaClient(adapter);
  return { db, adapter, jobs: { connectionString: url }, close: () => db.$disconnect() };
}

function connection(): Promise<Connection> {
  holder.__wgladConnection ??= (async () => {
    const config = getConfig();
    return config.databaseUrl ? openPostgres(config.databaseUrl) : openEmbedded(config.dataDir);
  })();
  return holder.__wgladConnection;
}

export async function getDb(): Promise<Db> {
  return (await connection()).db;
}

export async function getDbAdapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  return (await connection()).adapter;
}

export async function getJobDatabase(): Promise<JobDatabase> {
  return (await connection()).jobs;
}

/** Lets tests run every query against their own isolated database. */
export function installConnectionForTests(connectionForTests: Connection) {
  holder.__wgladConnection = Promise.resolve(connectionForTests);
}

export async function closeDb(): Promise<void> {
  const current = holder.__wgladConnection;
  holder.__wgladConnection = undefined;
  if (current) await (await current).close();
}
