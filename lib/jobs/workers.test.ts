import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { stopBoss } from './boss';
import { dispatchQueuedJobs, recordFulfilmentJob, runFulfilmentJob } from './fulfilment-jobs';
import { startWorkers } from './workers';
import { withTestDatabase } from '@/test/database';

withTestDatabase();

describe('background jobs on the test database', () => {
  it('run a queued fulfilment job through pg-boss to completion, once', async () => {
    const db = await getDb();
    const customer = await db.customer.create({ data: { customerNumber: 'C-JOBS', fullName: 'Jobs' } });
    const request = await db.dataSubjectRequest.create({ data: { customerId: customer.id, type: 'consent_withdrawal', status: 'completed', dueAt: new Date(), originalDueAt: new Date() } });
    const jobId = await db.$transaction((tx) => recordFulfilmentJob(tx, { kind: 'consent-erasure', requestId: request.id, dedupeKey: `consent-erasure:${request.id}` }));
    expect(await db.$transaction((tx) => recordFulfilmentJob(tx, { kind: 'consent-erasure', requestId: request.id, dedupeKey: `consent-erasure:${request.id}` }))).toBe(jobId);
    const stop = await startWorkers();
    try {
      await dispatchQueuedJobs();
      await expect.poll(async () => (await db.fulfilmentJob.findUniqueOrThrow({ where: { id: jobId } })).status, { timeout: 20_000, interval: 250 }).toBe('completed');
      expect((await db.fulfilmentJob.findUniqueOrThrow({ where: { id: jobId } })).attempts).toBe(1);
    } finally {
      stop();
      await stopBoss();
    }
  }, 60_000);

  it('hands a queued row to pg-boss once, however often the sweep runs', async () => {
    const db = await getDb();
    const job = await db.fulfilmentJob.create({ data: { kind: 'consent-erasure', dedupeKey: 'sweep-once' } });
    expect(await dispatchQueuedJobs()).toBe(1);
    expect(await dispatchQueuedJobs()).toBe(0);
    const [{ count }] = await db.$queryRaw<[{ count: bigint }]>`SELECT count(*) AS count FROM pgboss.job WHERE singleton_key = ${job.id}`;
    expect(Number(count)).toBe(1);
    await stopBoss();
  });

  it('a duplicate delivery leaves a job another worker holds alone, and takes over one whose heartbeat stopped', async () => {
    const db = await getDb();
    const job = await db.fulfilmentJob.create({ data: { kind: 'consent-erasure', dedupeKey: 'lease', status: 'running', attempts: 1 } });
    const runs: string[] = [];
    const handler = async (row: { id: string }) => {
      runs.push(row.id);
    };
    await runFulfilmentJob(job.id, handler);
    expect(runs).toEqual([]);
    expect(await db.fulfilmentJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: 'running', attempts: 1 });

    // The worker holding it died: no heartbeat for longer than the lease (120 s by default).
    await db.$executeRaw`UPDATE fulfilment_jobs SET "updatedAt" = now() - interval '10 minutes' WHERE id = ${job.id}`;
    await runFulfilmentJob(job.id, handler);
    expect(runs).toEqual([job.id]);
    expect(await db.fulfilmentJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: 'completed', attempts: 2 });

    await runFulfilmentJob(job.id, handler);
    expect(runs).toEqual([job.id]);
  });
});
