import { describe, expect, it } from 'vitest';
import { verifyAndRecord, verifyNowForStaff } from '@/lib/audit/verification-record';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { recordAuditAccess } from './audit-access';
import { auditFilterSchema } from './schema';

withTestDatabase();

async function lastEvent() {
  const db = await getDb();
  const event = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
  return { type: event.type, actorType: event.actorType, actorId: event.actorId, recordingId: event.recordingId, details: event.details };
}

describe('looking at the audit log is itself audited', () => {
  it('records the explorer view with only the filter fields used', async () => {
    const filter = auditFilterSchema.parse({ from: '2026-06-01', to: '', customer: 'C-1001', type: 'recording.played' });
    await recordAuditAccess('auditor-1', 'audit.viewed', { view: 'explorer', filter, page: { before: '120' } });
    expect(await lastEvent()).toEqual({
      type: 'audit.viewed',
      actorType: 'staff',
      actorId: 'auditor-1',
      recordingId: null,
      details: { view: 'explorer', filter: { from: '2026-06-01', customer: 'C-1001', type: 'recording.played' }, before: '120' },
    });
  });

  it('records an invalid filter as such, without its text', async () => {
    await recordAuditAccess('auditor-1', 'audit.viewed', { view: 'explorer', filter: null });
    expect((await lastEvent()).details).toEqual({ view: 'explorer', invalidFilter: true });
  });

  it('records exports of a call history and of a dashboard data set', async () => {
    await recordAuditAccess('dpo-1', 'audit.exported', { view: 'call_history', recordingId: 'rec-1' });
    expect(await lastEvent()).toMatchObject({ type: 'audit.exported', recordingId: 'rec-1', details: { view: 'call_history' } });
    await recordAuditAccess('dpo-1', 'audit.exported', { view: 'dashboard', weeks: 12, dataset: 'overdue' });
    expect(await lastEvent()).toMatchObject({ type: 'audit.exported', recordingId: null, details: { view: 'dashboard', weeks: 12, dataset: 'overdue' } });
  });
});

describe('"Verify now"', () => {
  it('records who verified and the outcome, and refuses a fourth run within ten minutes', async () => {
    for (let run = 0; run < 3; run += 1) expect((await verifyNowForStaff('auditor-2')).ok).toBe(true);
    expect(await lastEvent()).toMatchObject({ type: 'audit.verified', actorType: 'staff', actorId: 'auditor-2', details: { ok: true, via: 'explorer' } });
    await expect(verifyNowForStaff('auditor-2')).rejects.toMatchObject({ code: 'rate_limited' });
    // Another staff member has a budget of their own.
    expect((await verifyNowForStaff('auditor-3')).ok).toBe(true);
  });

  it('records a run from npm run audit:verify as the system', async () => {
    await verifyAndRecord({ via: 'cli' });
    expect(await lastEvent()).toMatchObject({ type: 'audit.verified', actorType: 'system', actorId: null, details: { ok: true, via: 'cli' } });
  });
});
