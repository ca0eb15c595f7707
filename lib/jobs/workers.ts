import 'server-only';
import { writeAnchor } from '@/lib/audit/anchor';
import { pruneAuditLog } from '@/lib/audit/prune';
import { buildAccessPackage } from '@/lib/fulfilment/access-package';
import { eraseCallsOfWithdrawnConsent } from '@/lib/fulfilment/consent-erasure';
import { destroyExpiredPackages } from '@/lib/fulfilment/package-expiry';
import { purgeExpiredRecordings } from '@/lib/fulfilment/retention-purge';
import { logger } from '@/lib/logger';
import { deliverRecipientNotices } from '@/lib/recipients/notifications';
import { sweepOrphanedObjects } from '@/lib/storage/orphan-sweep';
import { getBoss } from './boss';
import { dispatchQueuedJobs, runFulfilmentJob, sweepIntervalMs } from './fulfilment-jobs';

interface JobData {
  fulfilmentJobId?: string;
}

/**
 * Starts the workers: inside the server for the embedded database, or in `npm run worker`
 * processes when scaled out. Request-bound work runs through its FulfilmentJob row; the daily
 * purge and orphan sweep, package expiry and the audit anchor (every 5 minutes) are scheduled (cron,
 * Europe/Warsaw) and run once per slot across all instances.
 */
export async function startWorkers(): Promise<() => void> {
  const boss = await getBoss();
  await boss.work<JobData>('access-package', async ([job]) => runFulfilmentJob(job!.data.fulfilmentJobId!, (row, progress) => buildAccessPackage(row.requestId!, progress)));
  await boss.work<JobData>('consent-erasure', async ([job]) => runFulfilmentJob(job!.data.fulfilmentJobId!, (row, progress) => eraseCallsOfWithdrawnConsent(row.requestId!, progress)));
  await boss.work('retention-purge', async () => {
    const result = await purgeExpiredRecordings();
    logger.info(result, 'retention purge finished');
  });
  await boss.work('package-expiry', async () => {
    logger.info({ destroyed: await destroyExpiredPackages() }, 'expired packages destroyed');
  });
  await boss.work('orphan-sweep', async () => {
    logger.info(await sweepOrphanedObjects(), 'orphaned stored objects swept');
  });
  await boss.work('audit-anchor', async () => {
    await writeAnchor();
  });
  await boss.schedule('audit-anchor', '*/5 * * * *', {}, { tz: 'Europe/Warsaw' });
  await boss.work('audit-prune', async () => logger.info(await pruneAuditLog(), 'audit log pruned past its own retention'));
  await boss.schedule('audit-prune', '45 2 * * *', {}, { tz: 'Europe/Warsaw' });
  await boss.work('recipient-notices', async () => {
    const result = await deliverRecipientNotices();
    if (result.sent || result.failed) logger.info(result, 'recipient notices delivered');
  });
  await boss.schedule('recipient-notices', '* * * * *', {}, { tz: 'Europe/Warsaw' });
  await boss.schedule('retention-purge', '30 2 * * *', {}, { tz: 'Europe/Warsaw' });
  await boss.schedule('package-expiry', '15 * * * *', {}, { tz: 'Europe/Warsaw' });
  await boss.schedule('orphan-sweep', '45 3 * * *', {}, { tz: 'Europe/Warsaw' });
  await dispatchQueuedJobs();
  const sweep = setInterval(() => dispatchQueuedJobs().catch((error: unknown) => logger.warn({ err: error }, 'job sweep failed')), sweepIntervalMs());
  sweep.unref();
  return () => clearInterval(sweep);
}
