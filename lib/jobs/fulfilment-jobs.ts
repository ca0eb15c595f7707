import 'server-only';
import type { Tx } from '@/lib/db';
import { getDb } from '@/lib/db';
import { logger } from '@/lib/logger';
import { getBoss, type QueueName } from './boss';

/**
 * Fulfilment work as staff and customers see it (FulfilmentJob rows, with progress), queued
 * through pg-boss. The row is written in the same transaction as the decision that causes it,
 * so a crash between the decision and the queue loses nothing: `dispatchQueuedJobs` (run after
 * every commit and by each worker at start) hands any queued row to pg-boss, and the row id as
 * singleton key makes the hand-over idempotent.
 */

export async function recordFulfilmentJob(tx: Tx, options: { kind: QueueName; requestId?: string; dedupeKey: string }): Promise<string> {
  const job = await tx.fulfilmentJob.upsert({
    where: { dedupeKey: options.dedupeKey },
    update: {},
    create: { kind: options.kind, requestId: options.requestId, dedupeKey: options.dedupeKey },
    select: { id: true },
  });
  return job.id;
}

export async function dispatchQueuedJobs(): Promise<number> {
  const db = await getDb();
  const queued = await db.fulfilmentJob.findMany({ where: { status: 'queued' }, select: { id: true, kind: true }, take: 500 });
  if (queued.length === 0) return 0;
  const boss = await getBoss();
  for (const job of queued) {
    await boss.send(job.kind, { fulfilmentJobId: job.id }, { singletonKey: job.id });
  }
  return queued.length;
}

/** Dispatch right after a commit; a failure here is repaired by the next sweep, so it is only logged. */
export function dispatchSoon(): void {
  dispatchQueuedJobs().catch((error: unknown) => logger.warn({ err: error }, 'job dispatch deferred to the next sweep'));
}

export interface JobProgress {
  setTotal(total: number): Promise<void>;
  advance(by?: number): Promise<void>;
}

/**
 * Runs one fulfilment job by its row: marks it running, reports progress, and completes it.
 * A failure is recorded and rethrown so pg-boss retries with backoff; the handlers themselves
 * are idempotent, so a retry after a crash at any point finishes the work exactly once.
 */
export async function runFulfilmentJob(fulfilmentJobId: string, handler: (job: { id: string; requestId: string | null }, progress: JobProgress) => Promise<void>): Promise<void> {
  const db = await getDb();
  const job = await db.fulfilmentJob.update({
    where: { id: fulfilmentJobId },
    data: { status: 'running', startedAt: new Date(), attempts: { increment: 1 }, lastError: null },
    select: { id: true, requestId: true, status: true },
  });
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
    await db.fulfilmentJob.update({ where: { id: job.id }, data: { status: 'completed', finishedAt: new Date() } });
  } catch (error) {
    await db.fulfilmentJob.update({ where: { id: job.id }, data: { status: 'failed', lastError: error instanceof Error ? error.message.slice(0, 500) : String(error) } });
    throw error;
  }
}
