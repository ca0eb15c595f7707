import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formatShortDay } from '@/components/staff/dates';
import { FlashMessage } from '@/components/staff/flash-message';
import { SubmitButton } from '@/components/staff/form-parts';
import { Notice } from '@/components/notice';
import { DaysLeftBadge, openStatuses, PausedBadge, StatusBadge } from '@/components/staff/request-badges';
import { checkbox, container, fieldLabel, input, pageTitle, primaryButton, secondaryButton, select, smallButton, table, td, textLink, th } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { errorStatus, isAppError, type ErrorCode } from '@/lib/errors';
import { listAssignableStaff, listRequestQueue } from '@/lib/requests/staff-queries';
import { can } from '@/lib/staff/policy';
import { queueQuerySchema } from '@/lib/staff/schema';
import { assignToMeAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('queue'))('metaTitle') };
}

const pageSize = 25;
const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => (value === '' ? undefined : one(value));
const requestTypes = ['access', 'erasure', 'restriction', 'objection', 'consent_withdrawal'] as const;
const statuses = ['received', 'in_progress', 'extended', 'completed', 'partially_completed', 'rejected'] as const;
const errorCodes = Object.keys(errorStatus) as ErrorCode[];

/** The query string of the GET form; anything tampered with falls back to "no filter". */
const filtersSchema = z.object({
  status: z.preprocess(blankToUndefined, queueQuerySchema.shape.status.catch(undefined)),
  type: z.preprocess(blankToUndefined, queueQuerySchema.shape.type.catch(undefined)),
  assignee: z.preprocess(blankToUndefined, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined)),
  overdue: z.preprocess(blankToUndefined, z.literal('1').optional().catch(undefined)),
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional().catch(undefined)),
  cursor: z.preprocess(blankToUndefined, z.string().min(1).max(200).optional().catch(undefined)),
  done: z.preprocess(one, z.literal('assigned').optional().catch(undefined)),
  assigned: z.preprocess(one, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined)),
  error: z.preprocess(one, z.enum(errorCodes as [ErrorCode, ...ErrorCode[]]).optional().catch(undefined)),
});

type Filters = z.infer<typeof filtersSchema>;

function queueHref(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'status', 'type', 'assignee', 'overdue'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/staff/requests?${query}` : '/staff/requests';
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff('requests.view');
  const filters = filtersSchema.parse(await searchParams);
  const t = await getTranslations('queue');
  const errors = await getTranslations('errors');
  const format = await getFormatter();
  const mayWork = can(staff.roles, 'requests.work');

  let result: Awaited<ReturnType<typeof listRequestQueue>> = { items: [], nextCursor: null };
  let loadError: ErrorCode | undefined;
  try {
    result = await listRequestQueue({
      status: filters.status,
      type: filters.type,
      assigneeId: filters.assignee === 'me' ? staff.staffUserId : filters.assignee,
      overdue: filters.overdue === '1',
      search: filters.q,
      limit: pageSize,
      cursor: filters.cursor,
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    loadError = error.code;
  }
  const assignable = await listAssignableStaff();
  const filtered = Boolean(filters.q || filters.status || filters.type || filters.assignee || filters.overdue);
  const returnTo = queueHref(filters, { cursor: filters.cursor });
  const now = new Date();
  const assignedItem = filters.done === 'assigned' ? result.items.find((item) => item.id === filters.assigned) : undefined;

  const assignForm = (item: (typeof result.items)[number], label: string) =>
    mayWork && openStatuses.includes(item.status) && item.assignee?.id !== staff.staffUserId ? (
      <form action={assignToMeAction}>
        <input type="hidden" name="requestId" value={item.id} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <SubmitButton className={smallButton} pendingLabel={t('assigning')}>
          {t('assignToMe')}
          <span className="sr-only">{label}</span>
        </SubmitButton>
      </form>
    ) : null;

  return (
    <div className={`${container} py-6`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className={pageTitle}>{t('title')}</h1>
          <p className="mt-1 text-sm text-slate-700">{t('lead')}</p>
        </div>
      </div>

      <div className="mt-4 space-y-3">
        {filters.done === 'assigned' ? (
          <FlashMessage>
            <p>
              {t('assigned')}{' '}
              {filters.assigned ? (
                <Link href={`/staff/requests/${filters.assigned}`} className={textLink}>
                  {assignedItem ? t('openAssigned', { customer: assignedItem.customerNumber }) : t('openRequest')}
                </Link>
              ) : null}
            </p>
          </FlashMessage>
        ) : null}
        {filters.error ? (
          <FlashMessage tone="error">
            <p>{errors(filters.error)}</p>
          </FlashMessage>
        ) : null}
      </div>

      <form role="search" aria-label={t('filters.title')} action="/staff/requests" method="get" className="mt-4 rounded-xl border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto] lg:items-end">
          <div className="sm:col-span-2 lg:col-span-1">
            <label htmlFor="q" className={fieldLabel}>
              {t('filters.search')}
            </label>
            <input id="q" name="q" type="search" defaultValue={filters.q} maxLength={100} aria-describedby="q-hint" className={input} autoComplete="off" spellCheck={false} />
            <p id="q-hint" className="mt-0.5 text-xs text-slate-600">
              {t('filters.searchHint')}
            </p>
          </div>
          <div className="lg:self-start">
            <label htmlFor="status" className={fieldLabel}>
              {t('filters.status')}
            </label>
            <select id="status" name="status" defaultValue={filters.status ?? ''} className={select}>
              <option value="">{t('filters.openOnly')}</option>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="lg:self-start">
            <label htmlFor="type" className={fieldLabel}>
              {t('filters.type')}
            </label>
            <select id="type" name="type" defaultValue={filters.type ?? ''} className={select}>
              <option value="">{t('filters.anyType')}</option>
              {requestTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="lg:self-start">
            <label htmlFor="assignee" className={fieldLabel}>
              {t('filters.assignee')}
            </label>
            <select id="assignee" name="assignee" defaultValue={filters.assignee ?? ''} className={select}>
              <option value="">{t('filters.anyone')}</option>
              <option value="me">{t('filters.me')}</option>
              {assignable
                .filter((member) => member.id !== staff.staffUserId)
                .map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 sm:col-span-2 lg:col-span-1 lg:mt-9 lg:self-start">
            <div className="flex items-center gap-2">
              <input id="overdue" name="overdue" type="checkbox" value="1" defaultChecked={filters.overdue === '1'} className={checkbox} />
              <label htmlFor="overdue" className="text-sm font-semibold whitespace-nowrap text-slate-900">
                {t('filters.overdue')}
              </label>
            </div>
          </div>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-3">
          <button type="submit" className={primaryButton}>
            {t('filters.apply')}
          </button>
          {filtered ? (
            <Link href="/staff/requests" className={secondaryButton}>
              {t('filters.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      <section aria-labelledby="results-title" className="mt-5">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-title" className="text-base font-semibold text-slate-900">
            {filters.status ? t('results.withStatus', { status: t(`status.${filters.status}`) }) : t('results.open')}
          </h2>
          <p className="text-sm text-slate-600">{t('results.order')}</p>
        </div>

        {loadError ? (
          <Notice size="compact" tone="error" role="alert" className="mt-3">
            <p>{loadError === 'validation_failed' ? t('badCursor') : errors(loadError)}</p>
            <p>
              <Link href={queueHref(filters)} className={textLink}>
                {t('pagination.first')}
              </Link>
            </p>
          </Notice>
        ) : result.items.length === 0 ? (
          <div className="mt-3 rounded-xl border border-dashed border-slate-300 bg-white px-4 py-8 text-center">
            <p className="font-semibold text-slate-900">{filtered ? t('empty.filtered') : t('empty.all')}</p>
            {filtered ? (
              <p className="mt-2">
                <Link href="/staff/requests" className={textLink}>
                  {t('filters.clear')}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <>
            {/* Phones: one card per request; the table needs the width. */}
            <ul className="mt-3 space-y-2 md:hidden">
              {result.items.map((item) => {
                const typeName = t(`type.${item.type}`);
                const label = t('rowLabel', { type: typeName, customer: item.customerNumber });
                return (
                  <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-3 shadow-xs">
                    <div className="flex flex-wrap items-center gap-2">
                      <DaysLeftBadge dueAt={item.dueAt} now={now} />
                      <StatusBadge status={item.status} />
                      {item.clockPaused ? <PausedBadge /> : null}
                    </div>
                    <p className="mt-2">
                      <Link href={`/staff/requests/${item.id}`} className={`${textLink} text-base`}>
                        {typeName}
                        <span className="sr-only">: {item.customerNumber}</span>
                      </Link>
                    </p>
                    <p className="mt-0.5 text-sm text-slate-800">
                      <span className="font-mono">{item.customerNumber}</span> · {item.customerName}
                    </p>
                    <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
                      <dt className="text-slate-600">{t('columns.due')}</dt>
                      <dd className="text-slate-900">{formatShortDay(format, item.dueAt)}</dd>
                      <dt className="text-slate-600">{t('columns.calls')}</dt>
                      <dd className="text-slate-900">{item.recordings.length}</dd>
                      <dt className="text-slate-600">{t('columns.assignee')}</dt>
                      <dd className="text-slate-900">{item.assignee?.name ?? <span className="text-slate-600 italic">{t('unassigned')}</span>}</dd>
                    </dl>
                    <div className="mt-2">{assignForm(item, label)}</div>
                  </li>
                );
              })}
            </ul>

            <div className="relative mt-3 hidden overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs md:block">
              <table className={table}>
                <caption className="sr-only">{t('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      {t('columns.due')}
                    </th>
                    <th scope="col" className={th}>
                      {t('columns.request')}
                    </th>
                    <th scope="col" className={th}>
                      {t('columns.customer')}
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      {t('columns.calls')}
                    </th>
                    <th scope="col" className={th}>
                      {t('columns.assignee')}
                    </th>
                    <th scope="col" className={th}>
                      {t('columns.status')}
                    </th>
                    {mayWork ? (
                      <th scope="col" className={th}>
                        <span className="sr-only">{t('columns.actions')}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((item) => {
                    const typeName = t(`type.${item.type}`);
                    const label = t('rowLabel', { type: typeName, customer: item.customerNumber });
                    const overdue = item.dueAt < now && openStatuses.includes(item.status);
                    return (
                      <tr key={item.id} className={overdue ? 'bg-red-50/40 hover:bg-red-50' : 'hover:bg-slate-50'}>
                        <td className={td}>
                          <DaysLeftBadge dueAt={item.dueAt} now={now} />
                          <span className="mt-1 block text-xs text-slate-600 tabular-nums">{formatShortDay(format, item.dueAt)}</span>
                        </td>
                        <td className={td}>
                          <Link href={`/staff/requests/${item.id}`} className={textLink}>
                            {typeName}
                            <span className="sr-only">: {item.customerNumber}</span>
                          </Link>
                          <span className="mt-0.5 block text-xs text-slate-600">{t('receivedOn', { date: formatShortDay(format, item.receivedAt) })}</span>
                        </td>
                        <td className={td}>
                          <span className="block font-mono text-xs text-slate-700">{item.customerNumber}</span>
                          <span className="block">{item.customerName}</span>
                        </td>
                        <td className={`${td} text-right tabular-nums`}>{item.recordings.length}</td>
                        <td className={td}>{item.assignee?.name ?? <span className="text-slate-600 italic">{t('unassigned')}</span>}</td>
                        <td className={td}>
                          <StatusBadge status={item.status} />
                          {item.clockPaused ? (
                            <span className="mt-1 block">
                              <PausedBadge />
                            </span>
                          ) : null}
                        </td>
                        {mayWork ? <td className={`${td} whitespace-nowrap`}>{assignForm(item, label)}</td> : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}

        {filters.cursor || result.nextCursor ? (
          <nav aria-label={t('pagination.label')} className="mt-4 flex flex-wrap items-center gap-3">
            {filters.cursor ? (
              <Link href={queueHref(filters)} className={secondaryButton}>
                {t('pagination.first')}
              </Link>
            ) : null}
            {result.nextCursor ? (
              <Link href={queueHref(filters, { cursor: result.nextCursor })} className={secondaryButton}>
                {t('pagination.next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
