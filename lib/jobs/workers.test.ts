import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { stopBoss } from './boss';
import { dispatchQueuedJobs, recordFulfilmentJob } from './fulfilment-jobs';
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
});
