import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EventName } from '@/components/compliance/audit-parts';
import { ChartCard, compactTd } from '@/components/compliance/chart-card';
import { ChartLegend, chartColors, RangeBarChart, ShareBarChart, StackedColumnChart, type ChartSeries, type StackedColumn } from '@/components/compliance/charts';
import { DataTable } from '@/components/compliance/data-table';
import { ListSection } from '@/components/compliance/list-section';
import { KpiTile } from '@/components/compliance/kpi-tile';
import { Badge } from '@/components/staff/badge';
import { formatShortDateTime, formatShortDay } from '@/components/staff/dates';
import { container, pageTitle, primaryButton, select, textLink } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { recordAuditAccess } from '@/lib/compliance/audit-access';
import { erasureCauses, getComplianceDashboard, purposes, requestTypes } from '@/lib/compliance/dashboard';
import { warsawDaysPast, type WeeklySeries } from '@/lib/compliance/metrics';
import { dashboardQuerySchema, dashboardWeeksOptions, type DashboardDataset } from '@/lib/compliance/schema';
import { can } from '@/lib/staff/policy';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('metaTitle') };
}

const typeColors: Record<(typeof requestTypes)[number], string> = {
  access: chartColors.blue,
  erasure: chartColors.red,
  restriction: chartColors.amber,
  objection: chartColors.violet,
  consent_withdrawal: chartColors.green,
};
const causeColors: Record<(typeof erasureCauses)[number], string> = { request: chartColors.blue, consent_withdrawal: chartColors.green, retention: chartColors.slate, other: chartColors.amber };
const purposeColors: Record<(typeof purposes)[number], string> = { quality: chartColors.blue, training: chartColors.violet, contract: chartColors.amber, legal_evidence: chartColors.red, security: chartColors.green };
const timeZone = 'Europe/Warsaw';

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff('audit.view');
  const query = dashboardQuerySchema.safeParse(Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const weeks = query.success ? query.data.weeks : 12;
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  const data = await getComplianceDashboard({ weeks });
  await recordAuditAccess(staff.staffUserId, 'audit.viewed', { view: 'dashboard', weeks });
  const mayOpenRequests = can(staff.roles, 'requests.view');

  const percent = (value: number | null) => (value === null ? t('noData') : format.number(value, { style: 'percent', maximumFractionDigits: 1 }));
  const days = (value: number | null) => (value === null ? t('noData') : format.number(value, { maximumFractionDigits: 1 }));
  const csv = (dataset: DashboardDataset) => `/api/v1/staff/audit/dashboard/${dataset}?weeks=${weeks}`;
  const tick = (date: Date) => format.dateTime(date, { day: '2-digit', month: '2-digit', timeZone });
  const weekTitle = (start: Date, end: Date) => `${tick(start)}–${formatShortDay(format, end)}`;
  const firstWeek = data.weeks[0]!;
  const lastWeek = data.weeks.at(-1)!;

  function columnsOf<S extends string>(series: WeeklySeries<S>): StackedColumn[] {
    return series.weeks.map((week) => ({ key: week.key, tick: tick(week.start), title: weekTitle(week.start, week.end), values: week.counts }));
  }

  function weeklyTable<S extends string>(series: WeeklySeries<S>, seriesDefs: readonly ChartSeries[], caption: string) {
    const columns = [{ key: 'week', label: t('weekColumn') }, ...seriesDefs.map((item) => ({ key: item.key, label: item.label, numeric: true })), { key: 'total', label: t('total'), numeric: true }];
    const footer = (
      <tr>
        <th scope="row" className={`${compactTd} font-semibold`}>
          {t('total')}
        </th>
        {series.series.map((name) => (
          <td key={name} className={`${compactTd} text-right font-semibold`}>
            {series.totals[name]}
          </td>
        ))}
        <td className={`${compactTd} text-right font-semibold`}>{series.total}</td>
      </tr>
    );
    return (
      <DataTable caption={caption} columns={columns} footer={footer}>
        {series.weeks.map((week) => (
          <tr key={week.key}>
            <th scope="row" className={`${compactTd} font-normal whitespace-nowrap`}>
              {weekTitle(week.start, week.end)}
            </th>
            {series.series.map((name) => (
              <td key={name} className={`${compactTd} text-right`}>
                {week.counts[name]}
              </td>
            ))}
            <td className={`${compactTd} text-right font-semibold`}>{week.total}</td>
          </tr>
        ))}
      </DataTable>
    );
  }

  const typeSeries: ChartSeries[] = requestTypes.map((type) => ({ key: type, label: t(`types.${type}`), color: typeColors[type] }));
  const causeSeries: ChartSeries[] = erasureCauses.map((cause) => ({ key: cause, label: t(`erasures.causes.${cause}`), color: causeColors[cause] }));
  const purposeSeries: ChartSeries[] = purposes.map((purpose) => ({ key: purpose, label: t(`withdrawals.purposes.${purpose}`), color: purposeColors[purpose] }));
  const outcomeSeries: ChartSeries[] = [
    { key: 'inTime', label: t('deadlines.outcomes.inTime'), color: chartColors.green },
    { key: 'inExtension', label: t('deadlines.outcomes.inExtension'), color: chartColors.amber },
    { key: 'late', label: t('deadlines.outcomes.late'), color: chartColors.red },
  ];
  const extensionSeries: ChartSeries[] = [
    { key: 'extended', label: t('extensions.series.extended'), color: chartColors.amber },
    { key: 'notExtended', label: t('extensions.series.notExtended'), color: chartColors.slate },
  ];

  const { overall } = data.deadlines;
  const deadlineScopes = [{ key: 'all', label: t('all'), summary: overall }, ...requestTypes.map((type) => ({ key: type, label: t(`types.${type}`), summary: data.deadlines.byType[type] }))];
  const extensionScopes = [{ key: 'all', label: t('all'), ...data.extensions }, ...requestTypes.map((type) => ({ key: type, label: t(`types.${type}`), ...data.extensions.byType[type] }))];
  const retentionErased = data.erasuresPerWeek.totals.retention;
  const purgeTotals = data.purges.runs.reduce((sum, run) => ({ erased: sum.erased + run.erased, kept: sum.kept + run.kept }), { erased: 0, kept: 0 });
  const extensionProblems = data.extensions.afterOriginalDue + data.extensions.beyondThreeMonths;
  const scopeColumn = { key: 'scope', label: t('deadlines.columns.scope') };
  const closedColumn = { key: 'closed', label: t('deadlines.columns.closed'), numeric: true };
  const scopeCell = (key: string, label: string) => (
    <th scope="row" className={`${compactTd} ${key === 'all' ? 'font-semibold' : 'font-normal'}`}>
      {label}
    </th>
  );

  return (
    <div className={`${container} py-6`}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className={pageTitle}>{t('title')}</h1>
          <p className="mt-1 text-sm text-slate-700">{t('lead')}</p>
        </div>
        <form action="/staff/dashboard" method="get" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="weeks" className="block text-xs font-semibold text-slate-700">
              {t('period.label')}
            </label>
            <select id="weeks" name="weeks" defaultValue={String(weeks)} className={`${select} mt-0.5 w-auto`}>
              {dashboardWeeksOptions.map((option) => (
                <option key={option} value={option}>
                  {t('period.weeks', { weeks: option })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={primaryButton}>
            {t('period.apply')}
          </button>
        </form>
      </div>
      <p className="mt-2 text-sm text-slate-600">
        {t('periodRange', { from: formatShortDay(format, firstWeek.start), to: formatShortDay(format, lastWeek.end), now: formatShortDateTime(format, data.now) })}
      </p>

      <section aria-labelledby="kpi-title" className="mt-4">
        <h2 id="kpi-title" className="sr-only">
          {t('kpi.title')}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
          <KpiTile label={t('kpi.answeredInTime')} value={percent(overall.answeredInTimeShare)} note={t('kpi.answeredInTimeNote', { inTime: overall.inTime, inExtension: overall.inExtension, closed: overall.closed })} tone={overall.answeredInTimeShare !== null && overall.answeredInTimeShare < 1 ? 'warning' : 'ok'} />
          <KpiTile label={t('kpi.late')} value={percent(overall.lateShare)} note={t('kpi.lateNote', { late: overall.late, closed: overall.closed })} tone={overall.late > 0 ? 'bad' : 'ok'} />
          <KpiTile label={t('kpi.median')} value={overall.medianDays === null ? t('noData') : t('daysValue', { days: days(overall.medianDays) })} note={t('kpi.p90Note', { days: days(overall.p90Days) })} />
          <KpiTile label={t('kpi.overdue')} value={String(data.overdue.length)} note={t('kpi.overdueNote')} tone={data.overdue.length > 0 ? 'bad' : 'ok'} href="#overdue-title" />
          <KpiTile label={t('kpi.extended')} value={percent(data.extensions.share)} note={t('kpi.extendedNote', { extended: data.extensions.extended, received: data.extensions.received })} tone={extensionProblems > 0 ? 'bad' : undefined} />
          <KpiTile label={t('kpi.erasures')} value={String(data.erasuresPerWeek.total)} note={t('kpi.erasuresNote', { retention: retentionErased, runs: data.purges.runs.length })} />
          <KpiTile label={t('kpi.withdrawals')} value={String(data.consentWithdrawals.total)} note={t('kpi.withdrawalsNote')} />
          <KpiTile label={t('kpi.quarantined')} value={String(data.quarantined.count)} note={t('kpi.quarantinedNote')} tone={data.quarantined.count > 0 ? 'bad' : 'ok'} href="#quarantine-title" />
          <KpiTile label={t('kpi.misdelivery')} value={String(data.misdelivery.count)} note={t('kpi.misdeliveryNote')} tone={data.misdelivery.count > 0 ? 'bad' : 'ok'} href="#misdelivery-title" />
        </dl>
      </section>

      <div className="mt-5 grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="requests-title"
          title={t('requestsPerWeek.title')}
          definition={t('requestsPerWeek.definition')}
          downloads={[{ href: csv('requests-per-week'), label: t('csv') }]}
          downloadContext={t('requestsPerWeek.title')}
          legend={<ChartLegend series={typeSeries} />}
          tableToggle={t('showTable')}
          table={weeklyTable(data.requestsPerWeek, typeSeries, t('requestsPerWeek.title'))}
        >
          <StackedColumnChart columns={columnsOf(data.requestsPerWeek)} series={typeSeries} summary={t('requestsPerWeek.summary', { total: data.requestsPerWeek.total, weeks })} />
        </ChartCard>

        <ChartCard
          id="deadlines-title"
          title={t('deadlines.title')}
          definition={t('deadlines.definition')}
          downloads={[{ href: csv('deadlines'), label: t('csv') }]}
          downloadContext={t('deadlines.title')}
          legend={<ChartLegend series={outcomeSeries} />}
          tableToggle={t('showTable')}
          table={
            <DataTable caption={t('deadlines.title')} columns={[scopeColumn, closedColumn, ...outcomeSeries.map((item) => ({ key: item.key, label: item.label, numeric: true }))]}>
              {deadlineScopes.map(({ key, label, summary }) => (
                <tr key={key}>
                  {scopeCell(key, label)}
                  <td className={`${compactTd} text-right`}>{summary.closed}</td>
                  <td className={`${compactTd} text-right`}>{t('countShare', { count: summary.inTime, share: percent(summary.inTimeShare) })}</td>
                  <td className={`${compactTd} text-right`}>{t('countShare', { count: summary.inExtension, share: percent(summary.inExtensionShare) })}</td>
                  <td className={`${compactTd} text-right`}>{t('countShare', { count: summary.late, share: percent(summary.lateShare) })}</td>
                </tr>
              ))}
            </DataTable>
          }
        >
          <ShareBarChart
            rows={deadlineScopes.map(({ key, label, summary }) => ({ key, label, values: { inTime: summary.inTime, inExtension: summary.inExtension, late: summary.late }, note: t('nValue', { count: summary.closed }), emptyText: t('deadlines.noneClosed') }))}
            series={outcomeSeries}
            formatShare={(value) => format.number(value, { style: 'percent', maximumFractionDigits: 0 })}
            summary={t('deadlines.summary', { answered: percent(overall.answeredInTimeShare), extension: percent(overall.inExtensionShare), late: percent(overall.lateShare), closed: overall.closed })}
          />
        </ChartCard>

        <ChartCard
          id="days-title"
          title={t('daysToClose.title')}
          definition={t('daysToClose.definition')}
          downloads={[{ href: csv('days-to-close'), label: t('csv') }]}
          downloadContext={t('daysToClose.title')}
          legend={
            <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
              <li className="inline-flex items-center gap-1.5">
                <svg viewBox="0 0 12 12" className="h-3 w-3" focusable="false">
                  <rect x="0" y="3" width="12" height="6" fill={chartColors.brand} />
                </svg>
                {t('daysToClose.median')}
              </li>
              <li className="inline-flex items-center gap-1.5">
                <svg viewBox="0 0 12 12" className="h-3 w-3" focusable="false">
                  <rect x="0.5" y="0.5" width="11" height="11" fill="#dbeef2" stroke={chartColors.brand} />
                </svg>
                {t('daysToClose.p90')}
              </li>
              <li className="inline-flex items-center gap-1.5">
                <svg viewBox="0 0 12 12" className="h-3 w-3" focusable="false">
                  <line x1="6" x2="6" y1="0" y2="12" stroke={chartColors.red} strokeWidth="2" strokeDasharray="3 2" />
                </svg>
                {t('daysToClose.reference')}
              </li>
            </ul>
          }
          tableToggle={t('showTable')}
          table={
            <DataTable caption={t('daysToClose.title')} columns={[scopeColumn, closedColumn, { key: 'median', label: t('daysToClose.median'), numeric: true }, { key: 'p90', label: t('daysToClose.p90'), numeric: true }]}>
              {deadlineScopes.map(({ key, label, summary }) => (
                <tr key={key}>
                  {scopeCell(key, label)}
                  <td className={`${compactTd} text-right`}>{summary.closed}</td>
                  <td className={`${compactTd} text-right`}>{days(summary.medianDays)}</td>
                  <td className={`${compactTd} text-right`}>{days(summary.p90Days)}</td>
                </tr>
              ))}
            </DataTable>
          }
        >
          <RangeBarChart
            rows={deadlineScopes.map(({ key, label, summary }) => ({ key, label, inner: summary.medianDays, outer: summary.p90Days, innerText: days(summary.medianDays), outerText: days(summary.p90Days), emptyText: t('deadlines.noneClosed') }))}
            unit={t('daysToClose.unit')}
            innerLabel={t('daysToClose.median')}
            outerLabel={t('daysToClose.p90')}
            reference={{ value: 30, label: t('daysToClose.reference') }}
            summary={t('daysToClose.summary', { median: days(overall.medianDays), p90: days(overall.p90Days), closed: overall.closed })}
          />
        </ChartCard>

        <ChartCard
          id="extensions-title"
          title={t('extensions.title')}
          definition={t('extensions.definition')}
          downloads={[{ href: csv('extensions'), label: t('csv') }]}
          downloadContext={t('extensions.title')}
          legend={<ChartLegend series={extensionSeries} />}
          aside={
            extensionProblems > 0 ? (
              <ul className="space-y-0.5 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
                {data.extensions.afterOriginalDue > 0 ? <li>{t('extensions.afterOriginalDue', { count: data.extensions.afterOriginalDue })}</li> : null}
                {data.extensions.beyondThreeMonths > 0 ? <li>{t('extensions.beyondThreeMonths', { count: data.extensions.beyondThreeMonths })}</li> : null}
              </ul>
            ) : (
              <p className="rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">{t('extensions.checksOk')}</p>
            )
          }
          tableToggle={t('showTable')}
          table={
            <DataTable
              caption={t('extensions.title')}
              columns={[scopeColumn, { key: 'received', label: t('extensions.columns.received'), numeric: true }, { key: 'extended', label: t('extensions.columns.extended'), numeric: true }, { key: 'share', label: t('extensions.columns.share'), numeric: true }]}
            >
              {extensionScopes.map((scope) => (
                <tr key={scope.key}>
                  {scopeCell(scope.key, scope.label)}
                  <td className={`${compactTd} text-right`}>{scope.received}</td>
                  <td className={`${compactTd} text-right`}>{scope.extended}</td>
                  <td className={`${compactTd} text-right`}>{percent(scope.share)}</td>
                </tr>
              ))}
            </DataTable>
          }
        >
          <ShareBarChart
            rows={extensionScopes.map((scope) => ({ key: scope.key, label: scope.label, values: { extended: scope.extended, notExtended: scope.received - scope.extended }, note: t('nValue', { count: scope.received }), emptyText: t('extensions.noneReceived') }))}
            series={extensionSeries}
            formatShare={(value) => format.number(value, { style: 'percent', maximumFractionDigits: 0 })}
            summary={t('extensions.summary', { share: percent(data.extensions.share), extended: data.extensions.extended, received: data.extensions.received })}
          />
        </ChartCard>

        <ListSection
          id="overdue-title"
          title={t('overdue.title')}
          count={data.overdue.length}
          definition={t('overdue.definition')}
          csv={{ href: csv('overdue'), label: t('csv') }}
          emptyText={t('overdue.empty')}
          columns={(['request', 'customer', 'received', 'due', 'daysOverdue', 'assignee'] as const).map((key) => ({ key, label: t(`overdue.columns.${key}`) }))}
        >
          {data.overdue.map((request) => (
            <tr key={request.id} className="bg-red-50/40">
              <td className={compactTd}>
                {mayOpenRequests ? (
                  <Link href={`/staff/requests/${request.id}`} className={textLink}>
                    {t(`types.${request.type}`)}
                    <span className="sr-only">: {request.customerNumber}</span>
                  </Link>
                ) : (
                  t(`types.${request.type}`)
                )}
                {request.extended ? (
                  <span className="ml-2">
                    <Badge tone="amber">{t('overdue.extended')}</Badge>
                  </span>
                ) : null}
              </td>
              <td className={`${compactTd} font-mono text-xs`}>{request.customerNumber}</td>
              <td className={compactTd}>{formatShortDay(format, request.receivedAt)}</td>
              <td className={compactTd}>{formatShortDay(format, request.dueAt)}</td>
              <td className={compactTd}>
                <Badge tone="red" strong>
                  {t('overdue.daysOverdue', { days: warsawDaysPast(request.dueAt, data.now) })}
                </Badge>
              </td>
              <td className={compactTd}>{request.assigneeName ?? <span className="text-slate-600 italic">{t('overdue.unassigned')}</span>}</td>
            </tr>
          ))}
        </ListSection>

        <ChartCard
          id="erasures-title"
          title={t('erasures.title')}
          definition={t('erasures.definition')}
          downloads={[
            { href: csv('erasures-per-week'), label: t('csv') },
            { href: csv('purges'), label: t('erasures.csvPurges') },
          ]}
          downloadContext={t('erasures.title')}
          legend={
            <>
              <ChartLegend series={causeSeries} />
              <p className="text-sm text-slate-700">
                {data.purges.runs.length === 0 ? t('erasures.purgesNone') : t('erasures.purgesSummary', { runs: data.purges.runs.length, erased: purgeTotals.erased, kept: purgeTotals.kept })}
              </p>
            </>
          }
          tableToggle={t('showTable')}
          table={
            <>
              {weeklyTable(data.erasuresPerWeek, causeSeries, t('erasures.title'))}
              <DataTable
                caption={t('erasures.purgesTitle')}
                showCaption
                className="mt-2"
                columns={[{ key: 'week', label: t('weekColumn') }, ...(['runs', 'erased', 'kept'] as const).map((key) => ({ key, label: t(`erasures.purgeColumns.${key}`), numeric: true }))]}
              >
                {data.purges.perWeek.map((week, index) => (
                  <tr key={week.key}>
                    <th scope="row" className={`${compactTd} font-normal whitespace-nowrap`}>
                      {weekTitle(data.weeks[index]!.start, data.weeks[index]!.end)}
                    </th>
                    <td className={`${compactTd} text-right`}>{week.runs}</td>
                    <td className={`${compactTd} text-right`}>{week.erased}</td>
                    <td className={`${compactTd} text-right`}>{week.kept}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          }
        >
          <StackedColumnChart columns={columnsOf(data.erasuresPerWeek)} series={causeSeries} summary={t('erasures.summary', { total: data.erasuresPerWeek.total, weeks })} />
        </ChartCard>

        <ChartCard
          id="withdrawals-title"
          title={t('withdrawals.title')}
          definition={t('withdrawals.definition')}
          downloads={[{ href: csv('consent-withdrawals'), label: t('csv') }]}
          downloadContext={t('withdrawals.title')}
          legend={<ChartLegend series={purposeSeries} />}
          tableToggle={t('showTable')}
          table={weeklyTable(data.consentWithdrawals, purposeSeries, t('withdrawals.title'))}
        >
          <StackedColumnChart columns={columnsOf(data.consentWithdrawals)} series={purposeSeries} summary={t('withdrawals.summary', { total: data.consentWithdrawals.total, weeks })} />
        </ChartCard>

        <ListSection
          id="quarantine-title"
          title={t('quarantine.title')}
          count={data.quarantined.count}
          definition={t('quarantine.definition')}
          csv={{ href: csv('quarantined'), label: t('csv') }}
          emptyText={t('quarantine.empty')}
          columns={(['call', 'started', 'arrived', 'customer', 'reason'] as const).map((key) => ({ key, label: t(`quarantine.columns.${key}`) }))}
          more={data.quarantined.count > data.quarantined.items.length ? t('quarantine.more', { shown: data.quarantined.items.length, count: data.quarantined.count }) : null}
        >
          {data.quarantined.items.map((item) => (
            <tr key={item.id}>
              <td className={compactTd}>
                <Link href={`/staff/audit/calls/${item.id}`} className={`${textLink} font-mono text-xs`}>
                  {item.externalId}
                  <span className="sr-only">: {t('quarantine.history')}</span>
                </Link>
              </td>
              <td className={compactTd}>{formatShortDateTime(format, item.startedAt)}</td>
              <td className={compactTd}>{formatShortDateTime(format, item.arrivedAt)}</td>
              <td className={`${compactTd} font-mono text-xs`}>{item.customerNumber ?? t('noData')}</td>
              <td className={compactTd}>{item.reason ?? t('noData')}</td>
            </tr>
          ))}
        </ListSection>

        <ListSection
          id="misdelivery-title"
          title={t('misdelivery.title')}
          count={data.misdelivery.count}
          definition={t('misdelivery.definition')}
          csv={{ href: csv('misdelivery'), label: t('csv') }}
          emptyText={t('misdelivery.empty')}
          columns={(['when', 'event', 'call', 'deliveredTo', 'owner'] as const).map((key) => ({ key, label: t(`misdelivery.columns.${key}`) }))}
          note={<p className={`mt-3 rounded-lg border px-3 py-2 text-sm ${data.misdelivery.count > 0 ? 'border-red-300 bg-red-50 text-red-950' : 'border-slate-200 bg-slate-50 text-slate-800'}`}>{t('misdelivery.breachNote')}</p>}
          more={data.misdelivery.count > data.misdelivery.items.length ? t('misdelivery.more', { shown: data.misdelivery.items.length, count: data.misdelivery.count }) : null}
        >
          {data.misdelivery.items.map((item) => (
            <tr key={`${item.seq}-${item.recordingId}`} className="bg-red-50/40">
              <td className={compactTd}>{formatShortDateTime(format, item.at)}</td>
              <td className={compactTd}>
                <EventName type={item.type} meaning={null} showMeaning={false} />
              </td>
              <td className={compactTd}>
                <Link href={`/staff/audit/calls/${item.recordingId}`} className={`${textLink} font-mono text-xs`}>
                  {item.externalId}
                  <span className="sr-only">: {t('misdelivery.history')}</span>
                </Link>
              </td>
              <td className={`${compactTd} font-mono text-xs`}>{item.deliveredToNumber ?? t('noData')}</td>
              <td className={`${compactTd} font-mono text-xs`}>{item.ownerNumber ?? t('misdelivery.noOwner')}</td>
            </tr>
          ))}
        </ListSection>
      </div>
    </div>
  );
}
