/**
 * The crash-recovery test's worker process on the embedded database: the same workers as
 * `npm run worker` (scripts/worker.ts), which refuses the embedded database because there the
 * server runs the jobs. Only one process may own the data folder, so the test closes its own
 * connection before starting this one, and SIGTERM closes the database before exiting.
 */
import { closeDb } from '@/lib/db';
import { stopBoss } from '@/lib/jobs/boss';
import { startWorkers } from '@/lib/jobs/workers';

async function main() {
  const stop = await startWorkers();
  process.on('SIGTERM', () => {
    stop();
    stopBoss()
      .then(closeDb)
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
