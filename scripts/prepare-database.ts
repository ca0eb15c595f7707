/**
 * Brings the database to the state the server expects, before the server starts:
 * committed migrations applied, the default record of processing (with retention) present, the first admin
 * created when no staff exists, and with
 * --demo the demo data seeded once. Runs as its own short-lived process so that on the
 * embedded database exactly one process owns ./data at a time: this one, then the server.
 */
import { closeDb, getDb, getDbAdapter } from '@/lib/db';
import { applyPendingMigrations } from '@/lib/db/migrate';
import { logger } from '@/lib/logger';
import { ensureDefaultProcessingRecord } from '@/lib/processing/mutations';
import { ensureBootstrapAdmin } from '@/lib/staff/bootstrap';

async function main() {
  const demo = process.argv.includes('--demo');
  const applied = await applyPendingMigrations(await getDbAdapter());
  logger.info({ applied }, applied.length ? 'migrations applied' : 'database schema up to date');
  await ensureDefaultProcessingRecord(await getDb());
  await ensureBootstrapAdmin();
  if (demo) {
    const { seedDemoData } = await import('@/prisma/demo/seed');
    await seedDemoData(await getDb());
  }
  await closeDb();
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'database preparation failed');
    process.exit(1);
  });
