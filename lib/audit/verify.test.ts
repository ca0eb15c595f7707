import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { writeAnchor } from './anchor';
import { appendAuditEvent } from './mutations';
import { verifyAuditChain } from './verify';

withTestDatabase();

async function appendEvents(count: number) {
  const db = await getDb();
  for (let i = 0; i < count; i += 1) {
    await db.$transaction((tx) => appendAuditEvent(tx, { type: 'consent.given', actorType: 'system', details: { index: i } }));
  }
}

describe('audit hash chain', () => {
  beforeEach(async () => {
    const db = await getDb();
    await db.auditEvent.deleteMany();
    await db.auditAnchor.deleteMany();
    const { getObjectStore } = await import('@/lib/storage/vault');
    await getObjectStore().delete('audit-anchors/latest.json');
    await appendEvents(6);
  });

  it('verifies an intact chain', async () => {
    expect(await verifyAuditChain(await getDb())).toMatchObject({ ok: true, checkedEvents: 6, headSeq: '6' });
  });

  it('detects an edited event', async () => {
    const db = await getDb();
    await db.$executeRaw`UPDATE audit_events SET details = '{"index": 99}' WHERE seq = 3`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '3', reason: 'hash_mismatch' });
  });

  it('detects a deleted event', async () => {
    const db = await getDb();
    await db.$executeRaw`DELETE FROM audit_events WHERE seq = 4`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '4', reason: 'gap_in_sequence' });
  });

  it('detects reordered events', async () => {
    const db = await getDb();
    await db.$executeRaw`UPDATE audit_events SET seq = 1000 WHERE seq = 2`;
    await db.$executeRaw`UPDATE audit_events SET seq = 2 WHERE seq = 5`;
    await db.$executeRaw`UPDATE audit_events SET seq = 5 WHERE seq = 1000`;
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ seq: '2', reason: 'prev_hash_mismatch' });
  });

  it('detects a truncated tail against the anchor kept outside the database', async () => {
    const db = await getDb();
    await writeAnchor();
    await db.$executeRaw`DELETE FROM audit_events WHERE seq >= 5`;
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ seq: '6', reason: 'truncated_after_anchor' });
  });

  it('keeps one chain with no forks when writers append concurrently', async () => {
    const db = await getDb();
    await Promise.all(Array.from({ length: 10 }, (_, i) => db.$transaction((tx) => appendAuditEvent(tx, { type: 'consent.withdrawn', actorType: 'system', details: { writer: i } }))));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checkedEvents: 16 });
  });
});
