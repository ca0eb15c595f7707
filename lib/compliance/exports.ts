import 'server-only';
import { csvByteOrderMark, csvDays, csvDocument, csvRow, csvShare, type CsvCell } from './csv';
import { getComplianceDashboard, requestTypes, type ComplianceDashboard } from './dashboard';
import { warsawDaysPast, type DeadlineSummary, type WeeklySeries } from './metrics';
import { auditEventBatches, type AuditEventRow } from './queries';
import type { AuditFilter, DashboardDataset } from './schema';

/**
 * The CSV behind every chart and list of the accountability views. Column names are stable
 * English identifiers so a script can read them whatever the page's language; timestamps
 * are ISO 8601 in UTC, with the Warsaw wall-clock time beside them where people read them.
 */

const warsawClock = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
export const warsawTimestamp = (date: Date) => warsawClock.format(date);

export const auditCsvHeader = ['seq', 'at_utc', 'at_warsaw', 'type', 'meaning', 'actor_type', 'actor_id', 'actor_name', 'actor_roles', 'customer_number', 'call_id', 'call_external_id', 'request_id', 'details'] as const;

export function auditCsvCells(event: AuditEventRow): CsvCell[] {
  const staff = event.actor.kind === 'staff' ? event.actor : null;
  return [
    event.seq,
    event.at,
    warsawTimestamp(event.at),
    event.type,
    event.meaning,
    event.actorType,
    event.actorId,
    staff?.name,
    staff ? (staff.roleAtTheTime ?? staff.roles.join('+')) : null,
    event.customerNumber,
    event.recordingId,
    event.recordingExternalId,
    event.requestId,
    JSON.stringify(event.details),
  ];
}

/** The whole filtered log as a stream, a batch of rows at a time; memory stays flat for any size. */
export function auditCsvStream(filter: AuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncGenerator<AuditEventRow[]> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvByteOrderMark + csvRow(auditCsvHeader)));
    },
    async pull(controller) {
      batches ??= auditEventBatches(filter);
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((event) => csvRow(auditCsvCells(event))).join('')));
    },
    async cancel() {
      await batches?.return(undefined);
    },
  });
}

function weeklyCsv<S extends string>(series: WeeklySeries<S>): string {
  return csvDocument(['week_start', ...series.series, 'total'], series.weeks.map((week) => [week.key, ...series.series.map((name) => week.counts[name]), week.total]));
}

function deadlineCells(scope: string, summary: DeadlineSummary): CsvCell[] {
  return [scope, summary.closed, summary.inTime, summary.inExtension, summary.late, csvShare(summary.inTimeShare), csvShare(summary.inExtensionShare), csvShare(summary.lateShare), csvShare(summary.answeredInTimeShare)];
}

/** One data set of the dashboard as CSV text. */
export function dashboardCsv(dashboard: ComplianceDashboard, dataset: DashboardDataset): string {
  switch (dataset) {
    case 'requests-per-week':
      return weeklyCsv(dashboard.requestsPerWeek);
    case 'deadlines':
      return csvDocument(
        ['scope', 'closed', 'in_time', 'in_extension', 'late', 'in_time_share', 'in_extension_share', 'late_share', 'answered_in_time_share'],
        [deadlineCells('all', dashboard.deadlines.overall), ...requestTypes.map((type) => deadlineCells(type, dashboard.deadlines.byType[type]))],
      );
    case 'days-to-close':
      return csvDocument(
        ['scope', 'closed', 'median_days', 'p90_days'],
        [['all', dashboard.deadlines.overall] as const, ...requestTypes.map((type) => [type, dashboard.deadlines.byType[type]] as const)].map(([scope, summary]) => [scope, summary.closed, csvDays(summary.medianDays), csvDays(summary.p90Days)]),
      );
    case 'overdue':
      return csvDocument(
        ['request_id', 'type', 'status', 'customer_number', 'received_at', 'due_at', 'days_overdue', 'extended', 'assignee'],
        dashboard.overdue.map((request) => [request.id, request.type, request.status, request.customerNumber, request.receivedAt, request.dueAt, warsawDaysPast(request.dueAt, dashboard.now), request.extended, request.assigneeName]),
      );
    case 'extensions': {
      const { extensions } = dashboard;
      return csvDocument(
        ['scope', 'received', 'extended', 'extended_share', 'extended_after_original_due', 'extended_beyond_three_months'],
        [
          ['all', extensions.received, extensions.extended, csvShare(extensions.share), extensions.afterOriginalDue, extensions.beyondThreeMonths],
          ...requestTypes.map((type) => [type, extensions.byType[type].received, extensions.byType[type].extended, csvShare(extensions.byType[type].share), '', '']),
        ],
      );
    }
    case 'erasures-per-week':
      return weeklyCsv(dashboard.erasuresPerWeek);
    case 'purges':
      return csvDocument(['seq', 'at_utc', 'at_warsaw', 'erased', 'kept_by_hold'], dashboard.purges.runs.map((run) => [run.seq, run.at, warsawTimestamp(run.at), run.erased, run.kept]));
    case 'consent-withdrawals':
      return weeklyCsv(dashboard.consentWithdrawals);
    case 'quarantined':
      return csvDocument(
        ['call_id', 'call_external_id', 'started_at', 'arrived_at', 'customer_number', 'reason'],
        dashboard.quarantined.items.map((item) => [item.id, item.externalId, item.startedAt, item.arrivedAt, item.customerNumber, item.reason]),
      );
    case 'misdelivery':
      return csvDocument(
        ['seq', 'at_utc', 'at_warsaw', 'type', 'call_id', 'call_external_id', 'delivered_to_customer_number', 'owner_customer_number', 'request_id'],
        dashboard.misdelivery.items.map((item) => [item.seq, item.at, warsawTimestamp(item.at), item.type, item.recordingId, item.externalId, item.deliveredToNumber, item.ownerNumber, item.requestId]),
      );
  }
}

export async function dashboardDatasetCsv(dataset: DashboardDataset, weeks: number, now = new Date()): Promise<string> {
  return dashboardCsv(await getComplianceDashboard({ weeks, now }), dataset);
}
