import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { ensureDefaultRetentionPolicies } from '@/lib/retention/policies';
import { withTestDatabase } from '@/test/database';
import { seedDemoData } from './seed';

withTestDatabase();

describe('demo data', () => {
  it('seeds an empty database once and says so in the audit log', async () => {
    const db = await getDb();
    await ensureDefaultRetentionPolicies(db);
    await seedDemoData(db, new Date('2026-11-20T10:00:00Z'));
    await seedDemoData(db, new Date('2026-11-20T10:00:00Z'));
    const seeded = await db.auditEvent.findMany({ where: { type: 'demo.seeded' } });
    expect(seeded).toHaveLength(1);
    expect(await db.customer.count()).toBe((seeded[0]!.details as { customers: number }).customers);
  });
});
