import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Purpose, RecordingStatus, RequestStatus, RequestType } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { getComplianceDashboard, type ComplianceDashboard } from './dashboard';
import { dashboardCsv } from './exports';

withTestDatabase();

const dayMs = 86_400_000;
const at = (iso: string) => new Date(iso);
const plus = (base: Date, days: number) => new Date(base.getTime() + days * dayMs);
/** Wednesday; the 12 weeks run from Monday 30 March 2026 (00:00 in Warsaw = 29 March 22:00 UTC) to Sunday 21 June. */
const now = at('2026-06-17T10:00:00Z');

interface SeedRequest {
  type: RequestType;
  receivedAt: Date;
  status?: RequestStatus;
  closedAfterDays?: number;
  closedAt?: Date;
  extendedAfterDays?: number;
  dueAfterDays?: number;
  dueAt?: Date;
  openPauseFrom?: Date;
}

let customerId = '';
const ids: Record<string, string> = {};

async function seedRequest(name: string, seed: SeedRequest) {
  const db = await getDb();
  const originalDueAt = plus(seed.receivedAt, 30);
  const closedAt = seed.closedAt ?? (seed.closedAfterDays !== undefined ? plus(seed.receivedAt, seed.closedAfterDays) : null);
  const request = await db.dataSubjectRequest.create({
    data: {
      customerId,
      type: seed.type,
      status: seed.status ?? (closedAt ? 'completed' : 'in_progress'),
      receivedAt: seed.receivedAt,
      originalDueAt,
      dueAt: seed.dueAt ?? (seed.dueAfterDays !== undefined ? plus(seed.receivedAt, seed.dueAfterDays) : originalDueAt),
      extendedAt: seed.extendedAfterDays !== undefined ? plus(seed.receivedAt, seed.extendedAfterDays) : null,
      closedAt,
      ...(seed.openPauseFrom ? { pauses: { create: { startedAt: seed.openPauseFrom, reason: 'awaiting_customer' } } } : {}),
    },
  });
  ids[name] = request.id;
}

let recordingCounter = 0;
async function seedRecording(options: { status: RecordingStatus; erasedAt?: Date; erasureCause?: string | null; quarantineReason?: string; createdAt?: Date }) {
  const db = await getDb();
  recordingCounter += 1;
  return db.recording.create({
    data: {
      externalId: `dash-${recordingCounter}`,
      phone: '+48600999001',
      customerId,
      startedAt: at('2026-05-01T10:00:00Z'),
      durationSeconds: 60,
      direction: 'inbound',
      purposes: ['quality'],
      legalBasis: 'consent',
      retentionUntil: at('2027-05-01T10:00:00Z'),
      sizeBytes: 1000n,
      contentType: 'audio/wav',
      sha256: '0'.repeat(64),
      status: options.status,
      erasedAt: options.erasedAt,
      erasureCause: options.erasureCause,
      quarantineReason: options.quarantineReason,
      createdAt: options.createdAt,
    },
  });
}

async function seedWithdrawal(purpose: Purpose, occurredAt: Date, action: 'given' | 'withdrawn' = 'withdrawn') {
  const db = await getDb();
  await db.consentEvent.create({ data: { customerId, phone: '+48600999001', purpose, action, method: 'portal', occurredAt } });
}

async function seedPurge(instant: Date, erased: number, kept: number) {
  const db = await getDb();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(instant);
  try {
    await db.$transaction((tx) => appendAuditEvent(tx, { type: 'retention.purged', actorType: 'system', details: { erased, kept, at: instant.toISOString() } }));
  } finally {
    vi.useRealTimers();
  }
}

let dashboard: ComplianceDashboard;

beforeAll(async () => {
  const db = await getDb();
  customerId = (await db.customer.create({ data: { customerNumber: 'C-DASH1', fullName: 'Klient Pulpitu' } })).id;

  // Closed in the period with known outcomes: 4 in time, 1 late, 1 extended and closed within the extension.
  await seedRequest('inTime1', { type: 'access', receivedAt: at('2026-03-29T22:30:00Z'), closedAfterDays: 5 }); // Monday 00:30 in Warsaw: first week
  await seedRequest('inTime2', { type: 'access', receivedAt: at('2026-04-08T08:00:00Z'), closedAfterDays: 10 });
  await seedRequest('inTime3', { type: 'erasure', receivedAt: at('2026-04-15T08:00:00Z'), closedAfterDays: 20 });
  await seedRequest('inTime4', { type: 'objection', receivedAt: at('2026-04-22T08:00:00Z'), closedAfterDays: 28, status: 'rejected' });
  await seedRequest('late', { type: 'erasure', receivedAt: at('2026-04-29T08:00:00Z'), closedAfterDays: 40 });
  await seedRequest('inExtension', { type: 'restriction', receivedAt: at('2026-04-06T08:00:00Z'), extendedAfterDays: 20, dueAfterDays: 60, closedAfterDays: 50 });

  // Open: one overdue, one not yet due, one past due but paused before its due date.
  await seedRequest('overdue', { type: 'access', receivedAt: at('2026-05-05T08:00:00Z'), dueAt: at('2026-06-05T21:59:59Z') });
  await seedRequest('notDue', { type: 'erasure', receivedAt: at('2026-06-10T08:00:00Z') });
  await seedRequest('paused', { type: 'objection', receivedAt: at('2026-05-01T08:00:00Z'), dueAt: at('2026-06-01T21:59:59Z'), openPauseFrom: at('2026-05-20T08:00:00Z') });
  // Extended after its original due date and beyond three months: both unlawful (rule 2), both must show.
  await seedRequest('badExtension', { type: 'erasure', receivedAt: at('2026-04-02T08:00:00Z'), status: 'extended', extendedAfterDays: 38, dueAt: at('2026-07-20T21:59:59Z') });

  // Outside the period: received on Sunday 23:30 in Warsaw before the first week, closed the same night.
  await seedRequest('before', { type: 'access', receivedAt: at('2026-03-29T21:30:00Z'), closedAt: at('2026-03-29T21:45:00Z') });

  await seedRecording({ status: 'erased', erasedAt: at('2026-06-09T03:00:00Z'), erasureCause: 'request' });
  await seedRecording({ status: 'erased', erasedAt: at('2026-06-10T03:00:00Z'), erasureCause: 'request' });
  await seedRecording({ status: 'erased', erasedAt: at('2026-06-15T01:00:00Z'), erasureCause: 'retention' });
  await seedRecording({ status: 'erased', erasedAt: at('2026-06-14T21:30:00Z'), erasureCause: 'consent_withdrawal' }); // Sunday 23:30 in Warsaw
  await seedRecording({ status: 'erased', erasedAt: at('2026-06-16T03:00:00Z'), erasureCause: null });
  await seedRecording({ status: 'erased', erasedAt: at('2026-02-01T03:00:00Z'), erasureCause: 'retention' });
  await seedRecording({ status: 'quarantined', quarantineReason: 'consent_withdrawn_for_all_purposes', createdAt: at('2026-06-12T09:00:00Z') });
  await seedRecording({ status: 'available' });

  await seedWithdrawal('quality', at('2026-06-16T12:00:00Z'));
  await seedWithdrawal('training', at('2026-06-16T12:00:00Z'));
  await seedWithdrawal('quality', at('2026-06-16T12:00:00Z'), 'given');
  await seedWithdrawal('quality', at('2026-03-02T12:00:00Z'));

  await seedPurge(at('2026-06-16T01:00:00Z'), 1, 2);
  await seedPurge(at('2026-06-15T01:00:00Z'), 3, 0);
  await seedPurge(at('2026-01-15T01:00:00Z'), 9, 9);

  dashboard = await getComplianceDashboard({ weeks: 12, now });
});

describe('compliance dashboard', () => {
  it('counts requests per week by type, grouped by the Monday of their Warsaw week', () => {
    const { requestsPerWeek } = dashboard;
    expect(requestsPerWeek.weeks).toHaveLength(12);
    expect(requestsPerWeek.weeks[0]).toMatchObject({ key: '2026-03-30', counts: { access: 1, erasure: 1, restriction: 0, objection: 0, consent_withdrawal: 0 }, total: 2 });
    expect(requestsPerWeek.totals).toEqual({ access: 3, erasure: 4, restriction: 1, objection: 2, consent_withdrawal: 0 });
    expect(requestsPerWeek.total).toBe(10);
  });

  it('gives the exact shares answered in time, within the extension and late, with median and 90th percentile', () => {
    const { overall, byType } = dashboard.deadlines;
    expect(overall).toMatchObject({ closed: 6, inTime: 4, inExtension: 1, late: 1, medianDays: 24, p90Days: 50 });
    expect(overall.inTimeShare).toBeCloseTo(4 / 6, 12);
    expect(overall.inExtensionShare).toBeCloseTo(1 / 6, 12);
    expect(overall.lateShare).toBeCloseTo(1 / 6, 12);
    expect(overall.answeredInTimeShare).toBeCloseTo(5 / 6, 12);
    expect(byType.erasure).toMatchObject({ closed: 2, inTime: 1, late: 1, inTimeShare: 0.5, medianDays: 30, p90Days: 40 });
    expect(byType.restriction).toMatchObject({ closed: 1, inExtension: 1, inExtensionShare: 1 });
    expect(byType.consent_withdrawal).toMatchObject({ closed: 0, inTimeShare: null, medianDays: null });
  });

  it('lists only open requests past their deadline whose clock is not paused', () => {
    expect(dashboard.overdue.map((request) => request.id)).toEqual([ids.overdue]);
    expect(dashboard.overdue[0]).toMatchObject({ type: 'access', customerNumber: 'C-DASH1', extended: false });
  });

  it('reports the share of extended requests and flags extensions the law does not allow', () => {
    expect(dashboard.extensions).toMatchObject({ received: 10, extended: 2, share: 0.2, afterOriginalDue: 1, beyondThreeMonths: 1 });
    expect(dashboard.extensions.byType.restriction).toEqual({ received: 1, extended: 1, share: 1 });
    expect(dashboard.extensions.byType.erasure).toEqual({ received: 4, extended: 1, share: 0.25 });
  });

  it('counts erasures per week by cause and the retention purges that ran', () => {
    const weeks = Object.fromEntries(dashboard.erasuresPerWeek.weeks.map((week) => [week.key, week.counts]));
    expect(weeks['2026-06-08']).toEqual({ request: 2, consent_withdrawal: 1, retention: 0, other: 0 });
    expect(weeks['2026-06-15']).toEqual({ request: 0, consent_withdrawal: 0, retention: 1, other: 1 });
    expect(dashboard.erasuresPerWeek.total).toBe(5);
    expect(dashboard.purges.runs.map((run) => [run.erased, run.kept])).toEqual([
      [1, 2],
      [3, 0],
    ]);
    expect(dashboard.purges.perWeek.at(-1)).toEqual({ key: '2026-06-15', runs: 2, erased: 4, kept: 2 });
  });

  it('counts consent withdrawals per purpose and week, never consents given', () => {
    expect(dashboard.consentWithdrawals.weeks.at(-1)?.counts).toEqual({ quality: 1, training: 1, contract: 0, legal_evidence: 0, security: 0 });
    expect(dashboard.consentWithdrawals.total).toBe(2);
  });

  it('lists the calls in quarantine', () => {
    expect(dashboard.quarantined.count).toBe(1);
    expect(dashboard.quarantined.items[0]).toMatchObject({ customerNumber: 'C-DASH1', reason: 'consent_withdrawn_for_all_purposes' });
  });

  it('exports each data set as CSV with the same numbers', () => {
    const deadlines = dashboardCsv(dashboard, 'deadlines').split('\r\n');
    expect(deadlines[0]).toBe('\uFEFFscope,closed,in_time,in_extension,late,in_time_share,in_extension_share,late_share,answered_in_time_share');
    expect(deadlines[1]).toBe('all,6,4,1,1,0.6667,0.1667,0.1667,0.8333');
    expect(dashboardCsv(dashboard, 'days-to-close').split('\r\n')[1]).toBe('all,6,24.0,50.0');
    expect(dashboardCsv(dashboard, 'requests-per-week').split('\r\n')[1]).toBe('2026-03-30,1,1,0,0,0,2');
    const overdue = dashboardCsv(dashboard, 'overdue').split('\r\n');
    expect(overdue[1]).toBe(`${ids.overdue},access,in_progress,C-DASH1,2026-05-05T08:00:00.000Z,2026-06-05T21:59:59.000Z,12,false,`);
    expect(dashboardCsv(dashboard, 'extensions').split('\r\n')[1]).toBe('all,10,2,0.2000,1,1');
  });
});
