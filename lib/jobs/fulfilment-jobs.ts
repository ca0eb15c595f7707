import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';
import type { Db, Tx } from '@/lib/db';
import { getDb } from '@/lib/db';
import { logger } from '@/lib/logger';
import { getBoss, type QueueName } from './boss';
import { crashPoint } from './crash-points';

/**
 * Fulfilment work as staff and customers see it (FulfilmentJob rows, with progress), queued
 * through pg-boss. The row is written in the same transaction as the decision that causes it,
 * so a crash between the decision and the queue loses nothing: `dispatchQueuedJobs` (run after
 * every commit, by each worker at start and on a short interval) hands the row to pg-boss.
 *
 * The row, not pg-boss, decides who runs a job: a worker claims it atomically and keeps a
 * heartbeat (the row's updatedAt) while it works. A worker that dies (kill -9, out of memory,
 * a lost host) stops the heartbeat; once the lease has passed, the sweep hands the job out
 * again and the next worker claims it. A duplicate delivery finds the row claimed or done and
 * does nothing, so the idempotent handlers never run twice at once.
 */

/** Worker deaths in a row after which a job is left failed for staff to look at, not retried forever. */
const maxAttempts = 10;

export async function recordFulfilmentJob(tx: Tx, options: { kind: QueueName; requestId?: string; dedupeKey: string }): Promise<string> {
  const job = await tx.fulfilmentJob.upsert({
    where: { dedupeKey: options.dedupeKey },
    update: {},
    create: { kind: options.kind, requestId: options.requestId, dedupeKey: options.dedupeKey },
    select: { id: true },
  });
  return job.id;
}

const leaseMs = () => getConfig().jobLeaseSeconds * 1000;

/** A running row whose heartbeat stopped longer ago than the lease: its worker is gone. */
const abandoned = (): Prisma.FulfilmentJobWhereInput => ({ status: 'running', updatedAt: { lt: new Date(Date.now() - leaseMs()) } });

/** Row ids that already have a pg-boss job waiting to run, so the sweep does not pile up copies. */
async function alreadyWaiting(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.$queryRaw<{ key: string }[]>`SELECT DISTINCT singleton_key AS key FROM pgboss.job WHERE singleton_key IN (${Prisma.join(ids)}) AND state IN ('created', 'retry')`;
  return new Set(rows.map((row) => row.key));
}

export async function dispatchQueuedJobs(): Promise<number> {
  const db = await getDb();
  const candidates = await db.fulfilmentJob.findMany({ where: { OR: [{ status: 'queued' }, abandoned()] }, select: { id: true, kind: true, status: true, attempts: true }, take: 500 });
  if (candidates.length === 0) return 0;
  const boss = await getBoss();
  const waiting = await alreadyWaiting(db, candidates.map((job) => job.id));
  let dispatched = 0;
  for (const job of candidates) {
    if (waiting.has(job.id)) continue;
    if (job.status === 'running' && job.attempts >= maxAttempts) {
      await db.fulfilmentJob.updateMany({ where: { id: job.id, ...abandoned() }, data: { status: 'failed', lastError: `the worker stopped during ${job.attempts} attempts` } });
      logger.error({ fulfilmentJobId: job.id }, 'fulfilment job abandoned after repeated worker deaths');
      continue;
    }
    if (job.status === 'running') logger.warn({ fulfilmentJobId: job.id }, 'fulfilment job lost its worker: running it again');
    await boss.send(job.kind, { fulfilmentJobId: job.id }, { singletonKey: job.id });
    dispatched += 1;
  }
  return dispatched;
}

/** How often workers look for queued and abandoned rows: at least once per lease. */
export const sweepIntervalMs = () => Math.min(60_000, leaseMs());

/** Dispatch right after a commit; a failure here is repaired by the next sweep, so it is only logged. */
export function dispatchSoon(): void {
  dispatchQueuedJobs().catch((error: unknown) => logger.warn({ err: error }, 'job dispatch deferred to the next sweep'));
}

export interface JobProgress {
  setTotal(total: number): Promise<void>;
  advance(by?: number): Promise<void>;
}

/** Takes the row for this worker: queued, failed (a pg-boss retry) or abandoned, never one another worker holds. */
async function claim(db: Db, fulfilmentJobId: string): Promise<boolean> {
  const { count } = await db.fulfilmentJob.updateMany({
    where: { id: fulfilmentJobId, OR: [{ status: { in: ['queued', 'failed'] } }, abandoned()] },
    data: { status: 'running', startedAt: new Date(), attempts: { increment: 1 }, lastError: null },
  });
  return count === 1;
}

/**
 * Runs one fulfilment job by its row: claims it, keeps its heartbeat, reports progress, and
 * completes it. A failure is recorded and rethrown so pg-boss retries with backoff; the
 * handlers themselves are idempotent, so a rerun after a crash at any point finishes the work
 * exactly once.
 */
export async function runFulfilmentJob(fulfilmentJobId: string, handler: (job: { id: string; requestId: string | null }, progress: JobProgress) => Promise<void>): Promise<void> {
  const db = await getDb();
  if (!(await claim(db, fulfilmentJobId))) return;
  const job = await db.fulfilmentJob.findUniqueOrThrow({ where: { id: fulfilmentJobId }, select: { id: true, kind: true, requestId: true } });
  const heartbeat = setInterval(() => {
    db.fulfilmentJob.updateMany({ where: { id: job.id, status: 'running' }, data: { updatedAt: new Date() } }).catch((error: unknown) => logger.warn({ err: error }, 'job heartbeat missed'));
  }, Math.max(250, leaseMs() / 4));
  let done = 0;
  const progress: JobProgress = {
    setTotal: async (total) => {
      await db.fulfilmentJob.update({ where: { id: job.id }, data: { total } });
    },
    advance: async (by = 1) => {
      done += by;
      await db.fulfilmentJob.update({ where: { id: job.id }, data: { progress: done } });
    },
  };
  try {
    await handler(job, progress);
    await crashPoint(`${job.kind}.finishing`);
    await db.fulfilmentJob.update({ where: { id: job.id }, data: { status: 'completed', finishedAt: new Date() } });
    await crashPoint(`${job.kind}.completed`);
  } catch (error) {
    await db.fulfilmentJob.update({ where: { id: job.id }, data: { status: 'failed', lastError: error instanceof Error ? error.message.slice(0, 500) : String(error) } });
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}
