/**
 * `npm run worker`: a process that only runs background jobs (packages, erasures, purges),
 * for scaled deployments on PostgreSQL where the app instances run with JOBS_IN_SERVER=0.
 * On the embedded database the server runs the jobs itself and owns ./data, so this refuses.
 */
import { getConfig } from '@/lib/config';
import { stopBoss } from '@/lib/jobs/boss';
import { startWorkers } from '@/lib/jobs/workers';
import { logger } from '@/lib/logger';

async function main() {
  if (!getConfig().databaseUrl) {
    console.error('npm run worker needs DATABASE_URL: on the embedded database the server runs the background jobs itself.');
    process.exit(1);
  }
  const stop = await startWorkers();
  logger.info('worker started');
  const shutdown = async () => {
    stop();
    await stopBoss();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'worker failed to start');
  process.exit(1);
});
