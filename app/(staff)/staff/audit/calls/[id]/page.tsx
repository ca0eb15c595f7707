import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ActorName, EventTime } from '@/components/compliance/audit-parts';
import { EventRow, RequestCell } from '@/components/compliance/event-row';
import { CsvLink } from '@/components/compliance/csv-link';
import { ScrollRegion } from '@/components/scroll-region';
import { KpiTile } from '@/components/compliance/kpi-tile';
import { formatDuration, formatShortDateTime, formatShortDay } from '@/components/staff/dates';
import { card, container, dd, dt, pageTitle, table, td, textLink, th } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { recordAuditAccess } from '@/lib/compliance/audit-access';
import { getCallAccessHistory, type AuditEventRow } from '@/lib/compliance/queries';
import { can } from '@/lib/staff/policy';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit.call'))('metaTitle') };
}

const callIdPattern = /^[\x21-\x7e]{1,200}$/;
const playbackPurposes = ['request_handling', 'quality_review', 'complaint', 'legal_claims'] as const;
const isPlaybackPurpose = (value: unknown): value is (typeof playbackPurposes)[number] => typeof value === 'string' && (playbackPurposes as readonly string[]).includes(value);
const accessKinds = ['recording.played', 'recording.downloaded', 'recording.exported', 'package.downloaded'] as const;
const recordingStatuses = ['available', 'restricted', 'quarantined', 'erased'] as const;
const erasureCauses = ['request', 'consent_withdrawal', 'retention'] as const;

/** Who heard, downloaded or exported one call: staff by name and role, with the purpose they stated. */
export default async function CallAccessPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff('audit.view');
  const { id } = await params;
  let callId: string;
  try {
    callId = decodeURIComponent(id);
  } catch {
    notFound();
  }
  if (!callIdPattern.test(callId)) notFound();
  const history = await getCallAccessHistory(callId);
  if (!history) notFound();
  await recordAuditAccess(staff.staffUserId, 'audit.viewed', { view: 'call_history', recordingId: history.recording.id });
  const t = await getTranslations('audit.call');
  const audit = await getTranslations('audit');
  const format = await getFormatter();
  const { recording } = history;
  const mayOpenRequests = can(staff.roles, 'requests.view');

  const countOf = (predicate: (event: AuditEventRow) => boolean) => history.access.filter(predicate).length;
  const staffPlays = countOf((event) => event.type === 'recording.played' && event.actor.kind === 'staff');
  const customerPlays = countOf((event) => event.type === 'recording.played' && event.actor.kind === 'customer');
  const copies = countOf((event) => event.type !== 'recording.played');


  return (
    <div className={`${container} py-6`}>
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/staff/audit" className={textLink}>
          {t('back')}
        </Link>
      </nav>
      <h1 className={`${pageTitle} mt-2`}>
        {t('title')} <span className="font-mono text-xl break-all">{recording.externalId}</span>
      </h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t('lead')}</p>

      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="facts-title" className={card}>
          <h2 id="facts-title" className="text-base font-semibold text-slate-900">
            {t('facts.title')}
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2.5">
            <div>
              <dt className={dt}>{t('facts.started')}</dt>
              <dd className={dd}>{formatShortDateTime(format, recording.startedAt)}</dd>
            </div>
            <div>
              <dt className={dt}>{t('facts.duration')}</dt>
              <dd className={`${dd} tabular-nums`}>{formatDuration(recording.durationSeconds)}</dd>
            </div>
            <div>
              <dt className={dt}>{t('facts.customer')}</dt>
              <dd className={`${dd} font-mono`}>
                {recording.customerNumber ? (
                  <Link href={`/staff/audit?customer=${encodeURIComponent(recording.customerNumber)}`} className={textLink}>
                    {recording.customerNumber}
                    <span className="sr-only">: {t('facts.customerEvents')}</span>
                  </Link>
                ) : (
                  t('facts.unmatched')
                )}
              </dd>
            </div>
            <div>
              <dt className={dt}>{t('facts.status')}</dt>
              <dd className={dd}>{(recordingStatuses as readonly string[]).includes(recording.status) ? t(`status.${recording.status}`) : recording.status}</dd>
            </div>
            <div>
              <dt className={dt}>{t('facts.basis')}</dt>
              <dd className={`${dd} font-mono text-xs`}>{recording.legalBasis}</dd>
            </div>
            <div>
              <dt className={dt}>{t('facts.purposes')}</dt>
              <dd className={`${dd} font-mono text-xs`}>{recording.purposes.join(', ')}</dd>
            </div>
            <div>
              <dt className={dt}>{t('facts.retentionUntil')}</dt>
              <dd className={dd}>{formatShortDay(format, recording.retentionUntil)}</dd>
            </div>
            <div>
              <dt className={dt}>{t('facts.portalId')}</dt>
              <dd className={`${dd} font-mono text-xs break-all`}>{recording.id}</dd>
            </div>
            {recording.erasedAt ? (
              <div className="col-span-2">
                <dt className={dt}>{t('facts.erased')}</dt>
                <dd className={dd}>
                  {t('facts.erasedValue', {
                    at: formatShortDateTime(format, recording.erasedAt),
                    cause: (erasureCauses as readonly string[]).includes(recording.erasureCause ?? '') ? t(`causes.${recording.erasureCause as (typeof erasureCauses)[number]}`) : (recording.erasureCause ?? '—'),
                  })}
                </dd>
              </div>
            ) : null}
            {recording.quarantineReason ? (
              <div className="col-span-2">
                <dt className={dt}>{t('facts.quarantine')}</dt>
                <dd className={`${dd} font-mono text-xs`}>{recording.quarantineReason}</dd>
              </div>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="summary-title">
          <h2 id="summary-title" className="sr-only">
            {t('summary.title')}
          </h2>
          <dl className="grid grid-cols-3 gap-3">
            <KpiTile label={t('summary.staffPlays')} value={String(staffPlays)} />
            <KpiTile label={t('summary.customerPlays')} value={String(customerPlays)} />
            <KpiTile label={t('summary.copies')} value={String(copies)} note={t('summary.copiesNote')} />
          </dl>
          <p className="mt-3 text-sm text-slate-700">
            <Link href={`/staff/audit?call=${encodeURIComponent(recording.id)}`} className={textLink}>
              {t('allEvents')}
            </Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="access-title" className="mt-5">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h2 id="access-title" className="text-base font-semibold text-slate-900">
              {t('access.title')} <span className="font-normal text-slate-600">({history.access.length})</span>
            </h2>
            <p className="text-sm text-slate-600">{t('access.lead')}</p>
          </div>
          <CsvLink href={`/api/v1/staff/audit/calls/${encodeURIComponent(recording.id)}/export`} label={audit('export')} context={t('access.title')} />
        </div>
        {history.access.length === 0 ? (
          <p className="mt-3 rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center font-semibold text-slate-900">{t('access.empty')}</p>
        ) : (
          <ScrollRegion label={t('access.title')} className="mt-3 rounded-xl border border-slate-200 bg-white shadow-xs">
            <table className={table}>
              <caption className="sr-only">{t('access.title')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t('access.columns.time')}
                  </th>
                  <th scope="col" className={th}>
                    {t('access.columns.what')}
                  </th>
                  <th scope="col" className={th}>
                    {t('access.columns.who')}
                  </th>
                  <th scope="col" className={th}>
                    {t('access.columns.purpose')}
                  </th>
                  <th scope="col" className={th}>
                    {t('access.columns.range')}
                  </th>
                  <th scope="col" className={th}>
                    {t('access.columns.request')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.access.map((event) => {
                  const purpose = event.details.purpose;
                  const reason = typeof event.details.reason === 'string' ? event.details.reason : null;
                  const range = typeof event.details.range === 'string' ? event.details.range : null;
                  const kind = (accessKinds as readonly string[]).includes(event.type) ? (event.type as (typeof accessKinds)[number]) : null;
                  return (
                    <tr key={event.seq} className="hover:bg-slate-50">
                      <td className={`${td} text-xs`}>
                        <EventTime at={event.at} seq={event.seq} />
                      </td>
                      <td className={td}>
                        <span className="block font-semibold text-slate-900">{kind ? t(`access.kinds.${kind}`) : event.type}</span>
                        <code className="block text-xs text-slate-600">{event.type}</code>
                      </td>
                      <td className={td}>
                        <ActorName actor={event.actor} />
                        {event.actor.kind === 'customer' && event.customerNumber ? <span className="block font-mono text-xs text-slate-700">{event.customerNumber}</span> : null}
                      </td>
                      <td className={`${td} max-w-80`}>
                        {isPlaybackPurpose(purpose) ? <span className="block font-semibold text-slate-900">{t(`purposes.${purpose}`)}</span> : event.actor.kind === 'staff' ? <span className="text-slate-500">—</span> : <span className="text-slate-700">{t('access.ownCopy')}</span>}
                        {reason ? <span className="block text-sm text-slate-800">{t('access.reason', { reason })}</span> : null}
                      </td>
                      <td className={`${td} font-mono text-xs whitespace-nowrap`}>{range === 'all' ? t('access.wholeFile') : (range ?? '—')}</td>
                      <td className={td}>
                        <RequestCell requestId={event.requestId} linked={mayOpenRequests} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section aria-labelledby="other-title" className="mt-6">
        <h2 id="other-title" className="text-base font-semibold text-slate-900">
          {t('other.title')} <span className="font-normal text-slate-600">({history.other.length})</span>
        </h2>
        <p className="text-sm text-slate-600">{t('other.lead')}</p>
        {history.other.length === 0 ? (
          <p className="mt-3 text-sm text-slate-700">{t('other.empty')}</p>
        ) : (
          <ScrollRegion label={t('other.title')} className="mt-3 rounded-xl border border-slate-200 bg-white shadow-xs">
            <table className={table}>
              <caption className="sr-only">{t('other.title')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t('access.columns.time')}
                  </th>
                  <th scope="col" className={th}>
                    {audit('table.event')}
                  </th>
                  <th scope="col" className={th}>
                    {t('access.columns.who')}
                  </th>
                  <th scope="col" className={th}>
                    {t('access.columns.request')}
                  </th>
                  <th scope="col" className={th}>
                    {audit('table.details')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.other.map((event) => (
                  <EventRow key={event.seq} event={event} mayOpenRequests={mayOpenRequests} />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
