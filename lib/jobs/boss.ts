import 'server-only';
import PgBoss from 'pg-boss';
import { getJobDatabase } from '@/lib/db';
import { logger } from '@/lib/logger';

/**
 * The job queue lives in PostgreSQL (pg-boss, schema `pgboss`), next to the data it changes,
 * so it works the same on the embedded database and on a shared server with many workers.
 */
const holder = globalThis as typeof globalThis & { __wgladBoss?: Promise<PgBoss> };

export const queueNames = ['access-package', 'consent-erasure', 'retention-purge', 'package-expiry', 'orphan-sweep', 'audit-anchor', 'audit-prune', 'recipient-notices'] as const;
export type QueueName = (typeof queueNames)[number];

export function getBoss(): Promise<PgBoss> {
  holder.__wgladBoss ??= (async () => {
    const database = await getJobDatabase();
    const boss = new PgBoss({
      ...('connectionString' in database ? { connectionString: database.connectionString, max: 4 } : { db: { executeSql: database.executeSql as PgBoss.Db['executeSql'] } }),
      schema: 'pgboss',
      // Retried with backoff. pg-boss 10 has no heartbeat: a job whose worker was killed stays
      // active until it expires. Request-bound jobs do not wait for that (their FulfilmentJob row
      // carries a heartbeat lease, see fulfilment-jobs.ts); for the scheduled ones, idempotent
      // batch work, the expiry is the backstop, long enough never to cut a healthy run short.
      retryLimit: 5,
      retryDelay: 5,
      retryBackoff: true,
      expireInMinutes: 30,
    });
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    for (const name of queueNames) await boss.createQueue(name);
    return boss;
  })();
  return holder.__wgladBoss;
}

export async function stopBoss(): Promise<void> {
  const boss = holder.__wgladBoss;
  holder.__wgladBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true });
}
