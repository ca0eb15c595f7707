import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type TranslatedEventType } from '@/components/compliance/audit-parts';
import { EventRow } from '@/components/compliance/event-row';
import { ChainStatus } from '@/components/compliance/chain-status';
import { CsvLink } from '@/components/compliance/csv-link';
import { ScrollRegion } from '@/components/scroll-region';
import { FlashMessage } from '@/components/staff/flash-message';
import { Notice } from '@/components/notice';
import { container, fieldError, fieldLabel, input, pageTitle, primaryButton, secondaryButton, select, table, textLink, th } from '@/components/staff/ui';
import { auditEventTypes, type AuditEventType } from '@/lib/audit/events';
import { lastVerification } from '@/lib/audit/verification-record';
import { requireStaff } from '@/lib/auth';
import { recordAuditAccess } from '@/lib/compliance/audit-access';
import { listAuditActors, listAuditEvents } from '@/lib/compliance/queries';
import { auditEventTypeNames, auditFilterSchema, auditPageSchema, type AuditFilter } from '@/lib/compliance/schema';
import type messages from '@/lib/i18n/messages/pl.json';
import { can } from '@/lib/staff/policy';
import { verifyChainAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('metaTitle') };
}

const pageSize = 50;
const filterFields = ['from', 'to', 'actor', 'customer', 'call', 'request', 'type'] as const;
type FilterField = (typeof filterFields)[number];
const groupOf = (type: AuditEventType) => type.slice(0, type.indexOf('.'));
/** The typed list's prefixes in their order of first appearance: recording, package, retention… */
const eventGroups = [...new Set(auditEventTypeNames.map(groupOf))];
type GroupKey = keyof (typeof messages)['audit']['groups'];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function explorerHref(values: Partial<Record<FilterField, string>>, extra: Record<string, string | undefined> = {}, path = '/staff/audit'): string {
  const params = new URLSearchParams();
  for (const field of filterFields) {
    const value = values[field];
    if (value) params.set(field, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export default async function AuditExplorerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff('audit.view');
  const raw = await searchParams;
  const values = Object.fromEntries(filterFields.map((field) => [field, (first(raw[field]) ?? '').trim().slice(0, 200)])) as Record<FilterField, string>;
  const parsed = auditFilterSchema.safeParse(values);
  const pageParsed = auditPageSchema.safeParse({ before: first(raw.before), after: first(raw.after) });
  const page = pageParsed.success ? pageParsed.data : {};
  const verified = first(raw.verified);
  const t = await getTranslations('audit');
  const roles = await getTranslations('staffNav.roles');

  const invalid = new Set<FilterField>(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0] as FilterField));
  const filter: AuditFilter | null = parsed.success ? parsed.data : null;
  const [result, actors, verification] = await Promise.all([filter ? listAuditEvents(filter, page, pageSize) : null, listAuditActors(), lastVerification()]);
  await recordAuditAccess(staff.staffUserId, 'audit.viewed', { view: 'explorer', filter, page });
  const filtered = filterFields.some((field) => values[field]);
  const mayOpenRequests = can(staff.roles, 'requests.view');
  const cleanValues = filter ? Object.fromEntries(filterFields.map((field) => [field, filter[field] ?? ''])) : values;
  const returnTo = explorerHref(cleanValues, { before: page.before, after: page.after });
  const exportHref = explorerHref(cleanValues, {}, '/api/v1/staff/audit/export');
  const now = new Date();

  const errorText = (field: FilterField) => (invalid.has(field) ? t(`filters.errors.${field}`) : null);
  const fieldProps = (field: FilterField) => ({
    id: `filter-${field}`,
    name: field,
    'aria-invalid': invalid.has(field) || undefined,
    'aria-describedby': [invalid.has(field) ? `filter-${field}-error` : null, field === 'call' || field === 'customer' ? `filter-${field}-hint` : null].filter(Boolean).join(' ') || undefined,
  });
  const fieldErrorFor = (field: FilterField) =>
    invalid.has(field) ? (
      <p id={`filter-${field}-error`} className={fieldError}>
        {errorText(field)}
      </p>
    ) : null;

  return (
    <div className={`${container} py-6`}>
      <h1 className={pageTitle}>{t('title')}</h1>
      <p className="mt-1 max-w-4xl text-sm text-slate-700">{t('lead')}</p>
      <div className="mt-3">
        <ChainStatus verification={verification} action={verifyChainAction} returnTo={returnTo} now={now} />
      </div>

      {verified === 'ok' || verified === 'broken' || verified === 'limited' ? (
        <div className="mt-4">
          <FlashMessage tone={verified === 'ok' ? 'success' : 'error'}>
            <p>{verified === 'ok' ? t('chain.verifiedOk') : verified === 'broken' ? t('chain.verifiedBroken') : t('chain.verifyLimited')}</p>
          </FlashMessage>
        </div>
      ) : null}

      <form role="search" aria-label={t('filters.title')} action="/staff/audit" method="get" noValidate className="mt-4 rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="filter-from" className={fieldLabel}>
              {t('filters.from')}
            </label>
            <input {...fieldProps('from')} type="date" defaultValue={values.from} className={input} />
            {fieldErrorFor('from')}
          </div>
          <div>
            <label htmlFor="filter-to" className={fieldLabel}>
              {t('filters.to')}
            </label>
            <input {...fieldProps('to')} type="date" defaultValue={values.to} className={input} />
            {fieldErrorFor('to')}
          </div>
          <div>
            <label htmlFor="filter-actor" className={fieldLabel}>
              {t('filters.actor')}
            </label>
            <select {...fieldProps('actor')} defaultValue={values.actor} className={select}>
              <option value="">{t('filters.anyActor')}</option>
              <optgroup label={t('filters.actorKinds')}>
                <option value="staff">{t('actor.anyStaff')}</option>
                <option value="customer">{t('actor.customer')}</option>
                <option value="integration">{t('actor.integration')}</option>
                <option value="system">{t('actor.system')}</option>
              </optgroup>
              <optgroup label={t('filters.staffMembers')}>
                {actors.map((member) => (
                  <option key={member.id} value={`staff:${member.id}`}>
                    {`${member.name} (${member.roles.map((role) => roles(role)).join(', ')})${member.active ? '' : ` · ${t('filters.inactive')}`}`}
                  </option>
                ))}
              </optgroup>
            </select>
            {fieldErrorFor('actor')}
          </div>
          <div>
            <label htmlFor="filter-type" className={fieldLabel}>
              {t('filters.type')}
            </label>
            <select {...fieldProps('type')} defaultValue={values.type} className={select}>
              <option value="">{t('filters.anyType')}</option>
              {eventGroups.map((group) => (
                <optgroup key={group} label={t.has(`groups.${group as GroupKey}`) ? t(`groups.${group as GroupKey}`) : group}>
                  {auditEventTypeNames
                    .filter((type) => groupOf(type) === group)
                    .map((type) => (
                      <option key={type} value={type}>
                        {t.has(`events.${type as TranslatedEventType}.label`) ? t(`events.${type as TranslatedEventType}.label`) : type}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            {fieldErrorFor('type')}
          </div>
          <div>
            <label htmlFor="filter-customer" className={fieldLabel}>
              {t('filters.customer')}
            </label>
            <input {...fieldProps('customer')} type="text" defaultValue={values.customer} maxLength={64} autoComplete="off" spellCheck={false} className={`${input} font-mono`} />
            <p id="filter-customer-hint" className="mt-0.5 text-xs text-slate-600">
              {t('filters.customerHint')}
            </p>
            {fieldErrorFor('customer')}
          </div>
          <div>
            <label htmlFor="filter-call" className={fieldLabel}>
              {t('filters.call')}
            </label>
            <input {...fieldProps('call')} type="text" defaultValue={values.call} maxLength={200} autoComplete="off" spellCheck={false} className={`${input} font-mono`} />
            <p id="filter-call-hint" className="mt-0.5 text-xs text-slate-600">
              {t('filters.callHint')}
            </p>
            {fieldErrorFor('call')}
          </div>
          <div>
            <label htmlFor="filter-request" className={fieldLabel}>
              {t('filters.request')}
            </label>
            <input {...fieldProps('request')} type="text" defaultValue={values.request} maxLength={64} autoComplete="off" spellCheck={false} className={`${input} font-mono`} />
            {fieldErrorFor('request')}
          </div>
          <div className="flex flex-wrap items-start gap-2 sm:col-span-2 lg:col-span-1 lg:mt-6">
            <button type="submit" className={primaryButton}>
              {t('filters.apply')}
            </button>
            {filtered ? (
              <Link href="/staff/audit" className={secondaryButton}>
                {t('filters.clear')}
              </Link>
            ) : null}
          </div>
        </div>
      </form>

      <section aria-labelledby="results-title" className="mt-5">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <h2 id="results-title" className="text-base font-semibold text-slate-900">
              {filtered ? t('results.filtered') : t('results.all')}
            </h2>
            <p className="text-sm text-slate-600">{t('results.order')}</p>
          </div>
          {filter ? <CsvLink href={exportHref} label={t('export')} context={filtered ? t('results.filtered') : t('results.all')} /> : null}
        </div>

        {!filter ? (
          <Notice size="compact" tone="error" role="alert" className="mt-3">
            <p>{t('filters.invalid')}</p>
          </Notice>
        ) : !result || result.items.length === 0 ? (
          <div className="mt-3 rounded-xl border border-dashed border-slate-300 bg-white px-4 py-8 text-center">
            <p className="font-semibold text-slate-900">{filtered ? t('results.emptyFiltered') : t('results.empty')}</p>
          </div>
        ) : (
          <ScrollRegion label={t('table.caption')} className="mt-3 rounded-xl border border-slate-200 bg-white shadow-xs">
            <table className={table}>
              <caption className="sr-only">{t('table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t('table.time')}
                  </th>
                  <th scope="col" className={th}>
                    {t('table.event')}
                  </th>
                  <th scope="col" className={th}>
                    {t('table.actor')}
                  </th>
                  <th scope="col" className={th}>
                    {t('table.customer')}
                  </th>
                  <th scope="col" className={th}>
                    {t('table.call')}
                  </th>
                  <th scope="col" className={th}>
                    {t('table.request')}
                  </th>
                  <th scope="col" className={th}>
                    {t('table.details')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((event) => (
                  <EventRow
                    key={event.seq}
                    event={event}
                    mayOpenRequests={mayOpenRequests}
                    customerCell={
                      event.customerNumber ? (
                        <Link href={explorerHref({ ...cleanValues, customer: event.customerNumber })} className={`${textLink} font-mono text-xs`}>
                          {event.customerNumber}
                          <span className="sr-only">: {t('table.filterByCustomer')}</span>
                        </Link>
                      ) : (
                        <span className="text-slate-500">—</span>
                      )
                    }
                    callCell={
                      event.recordingId ? (
                        <Link href={`/staff/audit/calls/${event.recordingId}`} className={`${textLink} font-mono text-xs whitespace-nowrap`}>
                          {event.recordingExternalId ?? event.recordingId}
                          <span className="sr-only">: {t('table.callHistory')}</span>
                        </Link>
                      ) : (
                        <span className="text-slate-500">—</span>
                      )
                    }
                  />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}

        {result && (result.newerAfter || result.olderBefore || page.before || page.after) ? (
          <nav aria-label={t('pagination.label')} className="mt-4 flex flex-wrap items-center gap-3">
            {page.before || page.after ? (
              <Link href={explorerHref(cleanValues)} className={secondaryButton}>
                {t('pagination.newest')}
              </Link>
            ) : null}
            {result.newerAfter ? (
              <Link href={explorerHref(cleanValues, { after: result.newerAfter })} className={secondaryButton}>
                {t('pagination.newer')}
              </Link>
            ) : null}
            {result.olderBefore ? (
              <Link href={explorerHref(cleanValues, { before: result.olderBefore })} className={secondaryButton}>
                {t('pagination.older')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      <p className="mt-6 text-xs text-slate-600">{t('footnote', { count: Object.keys(auditEventTypes).length })}</p>
    </div>
  );
}
