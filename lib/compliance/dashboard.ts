import 'server-only';
import type { Purpose, RequestStatus, RequestType } from '@/generated/prisma/client';
import { getDb, type Db } from '@/lib/db';
import { latestExtendedDueDate } from '@/lib/requests/deadlines';
import { findPossibleMisdeliveries, type PossibleMisdelivery } from './misdelivery';
import { isOverdue, lastWeeks, pausedDays, share, summariseDeadlines, warsawWeekKey, weeklySeries, type DeadlineSummary, type WeekBucket, type WeeklySeries } from './metrics';

/**
 * The compliance dashboard's numbers (Art. 5(2), Art. 12(3)). Each section says what it
 * counts; the definitions are repeated on the page and pinned down in dashboard.test.ts.
 * Weekly counts are grouped in SQL by the Monday of their week in Warsaw, so the page stays
 * fast however many calls a purge erased.
 */

export const requestTypes = ['access', 'erasure', 'restriction', 'objection', 'consent_withdrawal'] as const satisfies readonly RequestType[];
export const erasureCauses = ['request', 'consent_withdrawal', 'retention', 'other'] as const;
export type ErasureCause = (typeof erasureCauses)[number];
export const purposes = ['quality', 'training', 'contract', 'legal_evidence', 'security'] as const satisfies readonly Purpose[];
const openStatuses: RequestStatus[] = ['received', 'in_progress', 'extended'];

export interface DashboardOptions {
  weeks: number;
  now?: Date;
}

export interface OverdueRequest {
  id: string;
  type: RequestType;
  status: RequestStatus;
  customerNumber: string;
  receivedAt: Date;
  dueAt: Date;
  extended: boolean;
  assigneeName: string | null;
}

export interface QuarantinedRecording {
  id: string;
  externalId: string;
  startedAt: Date;
  arrivedAt: Date;
  customerNumber: string | null;
  reason: string | null;
}

export interface PurgeRun {
  seq: string;
  at: Date;
  erased: number;
  kept: number;
}

export interface ComplianceDashboard {
  now: Date;
  weeks: WeekBucket[];
  periodStart: Date;
  /** Requests received per week, by type. */
  requestsPerWeek: WeeklySeries<(typeof requestTypes)[number]>;
  /** Requests closed in the period: deadline outcomes and days to close, overall and by type. */
  deadlines: { overall: DeadlineSummary; byType: Record<(typeof requestTypes)[number], DeadlineSummary> };
  /** Open requests past their deadline in force now (a clock paused before the deadline stops it). */
  overdue: OverdueRequest[];
  /** Requests received in the period that were extended (rule 2), and extensions the law would not allow. */
  extensions: {
    received: number;
    extended: number;
    share: number | null;
    byType: Record<(typeof requestTypes)[number], { received: number; extended: number; share: number | null }>;
    /** Extended after the original due date had passed: rule 2 forbids it; should be 0. */
    afterOriginalDue: number;
    /** Due date moved past three months from arrival (plus paused days): should be 0. */
    beyondThreeMonths: number;
  };
  /** Calls erased per week, by cause (Recording.erasedAt / erasureCause). */
  erasuresPerWeek: WeeklySeries<ErasureCause>;
  /** Runs of the retention purge in the period, newest first. */
  purges: { runs: PurgeRun[]; perWeek: { key: string; runs: number; erased: number; kept: number }[] };
  /** Withdrawals of consent per week, by purpose (one per purpose withdrawn). */
  consentWithdrawals: WeeklySeries<(typeof purposes)[number]>;
  /** Calls in quarantine now: recorded although consent had been withdrawn for all their purposes. */
  quarantined: { count: number; items: QuarantinedRecording[] };
  /** Rule 23, whatever the period: calls delivered to a customer who is not their owner now. */
  misdelivery: { count: number; items: PossibleMisdelivery[] };
}

type WeekRow = { week: string; series: string; count: bigint | number };
const asCounts = (rows: WeekRow[]) => rows.map((row) => ({ week: row.week, series: row.series, count: Number(row.count) }));

// The timestamps are stored as UTC in `timestamp` columns: AT TIME ZONE 'UTC' makes them
// instants, the second AT TIME ZONE gives Warsaw wall-clock time, whose week starts on Monday.
async function requestsPerWeekRows(db: Db, from: Date) {
  return asCounts(await db.$queryRaw<WeekRow[]>`
    SELECT to_char(date_trunc('week', "receivedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Warsaw'), 'YYYY-MM-DD') AS week, "type"::text AS series, count(*) AS count
    FROM "requests" WHERE "receivedAt" >= ${from} GROUP BY 1, 2`);
}

async function erasuresPerWeekRows(db: Db, from: Date) {
  return asCounts(await db.$queryRaw<WeekRow[]>`
    SELECT to_char(date_trunc('week', "erasedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Warsaw'), 'YYYY-MM-DD') AS week,
           CASE WHEN "erasureCause" IN ('request', 'consent_withdrawal', 'retention') THEN "erasureCause" ELSE 'other' END AS series, count(*) AS count
    FROM "recordings" WHERE "erasedAt" >= ${from} GROUP BY 1, 2`);
}

async function withdrawalsPerWeekRows(db: Db, from: Date) {
  return asCounts(await db.$queryRaw<WeekRow[]>`
    SELECT to_char(date_trunc('week', "occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Warsaw'), 'YYYY-MM-DD') AS week, "purpose"::text AS series, count(*) AS count
    FROM "consent_events" WHERE "action" = 'withdrawn' AND "occurredAt" >= ${from} GROUP BY 1, 2`);
}

const byTypeOf = <T>(make: (type: (typeof requestTypes)[number]) => T) => Object.fromEntries(requestTypes.map((type) => [type, make(type)])) as Record<(typeof requestTypes)[number], T>;

const toCount = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export async function getComplianceDashboard(options: DashboardOptions): Promise<ComplianceDashboard> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const weeks = lastWeeks(now, options.weeks);
  const periodStart = weeks[0]!.start;

  const [requestRows, erasureRows, withdrawalRows, closed, received, open, purgeEvents, quarantinedCount, quarantinedItems, misdelivery] = await Promise.all([
    requestsPerWeekRows(db, periodStart),
    erasuresPerWeekRows(db, periodStart),
    withdrawalsPerWeekRows(db, periodStart),
    db.dataSubjectRequest.findMany({
      where: { closedAt: { gte: periodStart, lte: now } },
      select: { type: true, receivedAt: true, closedAt: true, dueAt: true, originalDueAt: true, extendedAt: true, pauses: { select: { startedAt: true, endedAt: true } } },
    }),
    db.dataSubjectRequest.findMany({
      where: { receivedAt: { gte: periodStart, lte: now } },
      select: { type: true, receivedAt: true, dueAt: true, originalDueAt: true, extendedAt: true, pauses: { select: { startedAt: true, endedAt: true } } },
    }),
    db.dataSubjectRequest.findMany({
      where: { status: { in: openStatuses }, dueAt: { lt: now } },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        type: true,
        status: true,
        receivedAt: true,
        dueAt: true,
        extendedAt: true,
        customer: { select: { customerNumber: true } },
        assignee: { select: { name: true } },
        pauses: { select: { startedAt: true, endedAt: true } },
      },
    }),
    db.auditEvent.findMany({ where: { type: 'retention.purged', at: { gte: periodStart, lte: now } }, orderBy: [{ at: 'desc' }, { seq: 'desc' }], select: { seq: true, at: true, details: true } }),
    db.recording.count({ where: { status: 'quarantined' } }),
    db.recording.findMany({
      where: { status: 'quarantined' },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: 100,
      select: { id: true, externalId: true, startedAt: true, createdAt: true, quarantineReason: true, customer: { select: { customerNumber: true } } },
    }),
    findPossibleMisdeliveries(db),
  ]);

  const closedTimes = closed.map((request) => ({ ...request, closedAt: request.closedAt! }));
  const deadlines = {
    overall: summariseDeadlines(closedTimes),
    byType: byTypeOf((type) => summariseDeadlines(closedTimes.filter((request) => request.type === type))),
  };

  const extendedOf = (rows: typeof received) => rows.filter((request) => request.extendedAt).length;
  const extensions = {
    received: received.length,
    extended: extendedOf(received),
    share: share(extendedOf(received), received.length),
    byType: byTypeOf((type) => {
      const ofType = received.filter((request) => request.type === type);
      return { received: ofType.length, extended: extendedOf(ofType), share: share(extendedOf(ofType), ofType.length) };
    }),
    afterOriginalDue: received.filter((request) => request.extendedAt && request.extendedAt > request.originalDueAt).length,
    beyondThreeMonths: received.filter((request) => request.extendedAt && request.dueAt > latestExtendedDueDate(request.receivedAt, pausedDays(request.pauses, now))).length,
  };

  const runs: PurgeRun[] = purgeEvents.map((event) => {
    const details = (event.details ?? {}) as Record<string, unknown>;
    return { seq: event.seq.toString(), at: event.at, erased: toCount(details.erased), kept: toCount(details.kept) };
  });
  const perWeek = weeks.map((week) => {
    const inWeek = runs.filter((run) => warsawWeekKey(run.at) === week.key);
    return { key: week.key, runs: inWeek.length, erased: inWeek.reduce((sum, run) => sum + run.erased, 0), kept: inWeek.reduce((sum, run) => sum + run.kept, 0) };
  });

  return {
    now,
    weeks,
    periodStart,
    requestsPerWeek: weeklySeries(weeks, requestTypes, requestRows),
    deadlines,
    overdue: open
      .filter((request) => isOverdue(request, now))
      .map((request) => ({
        id: request.id,
        type: request.type,
        status: request.status,
        customerNumber: request.customer.customerNumber,
        receivedAt: request.receivedAt,
        dueAt: request.dueAt,
        extended: Boolean(request.extendedAt),
        assigneeName: request.assignee?.name ?? null,
      })),
    extensions,
    erasuresPerWeek: weeklySeries(weeks, erasureCauses, erasureRows),
    purges: { runs, perWeek },
    consentWithdrawals: weeklySeries(weeks, purposes, withdrawalRows),
    quarantined: {
      count: quarantinedCount,
      items: quarantinedItems.map((recording) => ({
        id: recording.id,
        externalId: recording.externalId,
        startedAt: recording.startedAt,
        arrivedAt: recording.createdAt,
        customerNumber: recording.customer?.customerNumber ?? null,
        reason: recording.quarantineReason,
      })),
    },
    misdelivery,
  };
}
