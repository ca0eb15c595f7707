import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { writeAnchor } from './anchor';
import { appendAuditEvent } from './mutations';
import { pruneAuditLog } from './prune';
import { verifyAuditChain } from './verify';

withTestDatabase();

/** Appends events as if written at that moment: the time is part of each hash, so it cannot be edited afterwards. */
async function appendAt(at: string, count: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(at));
  const db = await getDb();
  for (let i = 0; i < count; i += 1) {
    await db.$transaction((tx) => appendAuditEvent(tx, { type: 'consent.given', actorType: 'system', details: { at, index: i } }));
  }
  vi.useRealTimers();
}

const now = new Date('2026-11-28T12:00:00Z');

describe('pruning the audit log past its own retention (5 years by default)', () => {
  beforeEach(async () => {
    const db = await getDb();
    await db.auditEvent.deleteMany();
    await db.auditCheckpoint.deleteMany();
    const { getObjectStore } = await import('@/lib/storage/vault');
    await getObjectStore().delete('audit-anchors/latest.json');
    await appendAt('2020-03-01T10:00:00Z', 3); // seq 1–3: past retention
    await appendAt('2023-05-01T10:00:00Z', 2); // seq 4–5: kept
  });
  afterEach(() => vi.useRealTimers());

  it('removes only the start of the chain, leaves a checkpoint, and the rest still verifies', async () => {
    const db = await getDb();
    const lastRemoved = await db.auditEvent.findUniqueOrThrow({ where: { seq: 3n } });
    expect(await pruneAuditLog(now)).toEqual({ prunedEvents: 3, throughSeq: '3' });
    expect((await db.auditEvent.findMany({ orderBy: { seq: 'asc' } })).map((event) => [event.seq, event.type])).toEqual([[4n, 'consent.given'], [5n, 'consent.given'], [6n, 'audit.pruned']]);
    expect(await db.auditCheckpoint.findFirst()).toMatchObject({ throughSeq: 3n, throughHash: lastRemoved.hash, prunedEvents: 3 });
    const pruned = await db.auditEvent.findUniqueOrThrow({ where: { seq: 6n } });
    expect(pruned.details).toEqual({ throughSeq: '3', throughHash: lastRemoved.hash, prunedEvents: 3, before: '2021-11-28T12:00:00.000Z' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedEvents: 3, headSeq: '6', prunedThroughSeq: '3' });
  });

  it('accepts an anchor that pointed into the pruned part, and still checks a newer one', async () => {
    const db = await getDb();
    await db.$executeRaw`DELETE FROM audit_events WHERE seq > 2`;
    await writeAnchor(); // head #2, about to be pruned
    await appendAt('2020-04-01T10:00:00Z', 1); // #3
    await appendAt('2023-05-01T10:00:00Z', 2); // #4–5
    await pruneAuditLog(now);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, anchorSeq: '2', prunedThroughSeq: '3' });
    await appendAt('2026-11-28T12:00:00Z', 1); // #7, after audit.pruned (#6)
    await writeAnchor();
    await db.$executeRaw`DELETE FROM audit_events WHERE seq = 7`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '7', reason: 'truncated_after_anchor' });
    // Removing the audit.pruned event itself leaves the checkpoint unconfirmed.
    await db.$executeRaw`DELETE FROM audit_events WHERE seq = 6`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '3', reason: 'checkpoint_unconfirmed' });
  });

  it('does nothing while no event is past retention', async () => {
    const db = await getDb();
    expect(await pruneAuditLog(new Date('2024-01-01T00:00:00Z'))).toEqual({ prunedEvents: 0, throughSeq: null });
    expect(await db.auditEvent.count()).toBe(5);
    expect(await db.auditCheckpoint.count()).toBe(0);
  });

  it('prunes again later from the newer checkpoint', async () => {
    const db = await getDb();
    await pruneAuditLog(now);
    expect(await pruneAuditLog(new Date('2028-06-01T00:00:00Z'))).toMatchObject({ prunedEvents: 2, throughSeq: '5' });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, prunedThroughSeq: '5' });
  });

  it('still detects a deleted event in the retained part, including the first one after the checkpoint', async () => {
    const db = await getDb();
    await pruneAuditLog(now);
    await db.$executeRaw`DELETE FROM audit_events WHERE seq = 5`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '5', reason: 'gap_in_sequence' });
    await db.$executeRaw`DELETE FROM audit_events WHERE seq = 4`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '4', reason: 'gap_in_sequence' });
  });

  it('detects deleting the start of the log without a prune, even with a forged checkpoint row', async () => {
    const db = await getDb();
    const third = await db.auditEvent.findUniqueOrThrow({ where: { seq: 3n } });
    await db.$executeRaw`DELETE FROM audit_events WHERE seq <= 3`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '1', reason: 'gap_in_sequence' });
    await db.auditCheckpoint.create({ data: { throughSeq: 3n, throughHash: third.hash, prunedEvents: 3, prunedBefore: now } });
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '3', reason: 'checkpoint_unconfirmed' });
  });

  it('detects a checkpoint whose hash is not the removed event\'s', async () => {
    const db = await getDb();
    await pruneAuditLog(now);
    await db.auditCheckpoint.updateMany({ data: { throughHash: 'f'.repeat(64) } });
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '4', reason: 'prev_hash_mismatch' });
  });
});
