import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ArrowRightIcon } from '@/components/icons';
import { CallFilters } from '@/components/customer/call-filters';
import { CallStatusBadges, Duration, LegalBasisText, PurposeList } from '@/components/customer/call-facts';
import { formatDateTime, formatDay } from '@/components/customer/dates';
import { card, container } from '@/components/customer/ui';
import { NewerOlderPager } from '@/components/customer/newer-older-pager';
import { screenReaderOnly } from '@/components/screen-reader-only';
import { requireCustomer } from '@/lib/auth';
import { allPurposes } from '@/lib/consent/queries';
import { isAppError } from '@/lib/errors';
import { listCustomerRecordings, type RecordingListOptions } from '@/lib/recordings/queries';
import { callsHref, parseCallSearch, type SearchParams } from './search';

const pageSize = 20;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('calls');
  return { title: t('metaTitle') };
}


async function listPage(customerId: Parameters<typeof listCustomerRecordings>[0], options: RecordingListOptions) {
  try {
    return await listCustomerRecordings(customerId, options);
  } catch (error) {
    // A cursor from an old or edited link: show the newest calls instead of an error page.
    if (isAppError(error) && error.code === 'validation_failed' && options.cursor) return listCustomerRecordings(customerId, { ...options, cursor: undefined });
    throw error;
  }
}

export default async function CallsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await requireCustomer();
  const search = parseCallSearch(await searchParams);
  const { items, nextCursor } = await listPage(session.customerId, { limit: pageSize, cursor: search.cursor, ...search.query });
  const t = await getTranslations('calls');
  const format = await getFormatter();
  // "Filtered" means a filter was applied; a date with an error is shown on its field, not used.
  const filtered = Boolean(search.query.from || search.query.to || search.query.purpose);
  const hasFilterValues = Boolean(search.values.from || search.values.to || search.values.purpose);

  return (
    <div className={`${container} py-8 sm:py-12`}>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t('lead')}</p>

      <section aria-labelledby="filters-title" className={`${card} mt-8`}>
        <h2 id="filters-title" className="mb-4 text-lg font-semibold text-slate-900">
          {t('filters.title')}
        </h2>
        <CallFilters values={search.values} errors={search.errors} purposes={allPurposes} active={hasFilterValues} />
      </section>

      <section aria-labelledby="list-title" className="mt-8">
        <h2 id="list-title" className="sr-only">
          {t('listTitle')}
        </h2>
        {filtered && items.length > 0 ? <p className="mb-4 text-slate-700">{t('filters.active')}</p> : null}
        {items.length === 0 ? (
          <div className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
            <p className="text-lg font-semibold text-slate-900">{filtered ? t('emptyFiltered.title') : t('empty.title')}</p>
            <p className="mx-auto mt-2 max-w-xl text-slate-700">{filtered ? t('emptyFiltered.body') : t('empty.body')}</p>
          </div>
        ) : (
          <ul className="space-y-4">
            {items.map((call) => {
              const when = formatDateTime(format, call.startedAt);
              return (
                <li key={call.id}>
                  <article aria-labelledby={`call-${call.id}`} className={card}>
                    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                      <h3 id={`call-${call.id}`} className="text-lg font-semibold text-slate-900">
                        <Link href={`/calls/${call.id}`} className="group inline-flex items-center gap-2 rounded text-brand-800 underline-offset-4 hover:underline">
                          <span>{t.rich('callHeading', { date: when, hidden: screenReaderOnly })}</span>
                          <ArrowRightIcon className="h-5 w-5 shrink-0 transition-transform group-hover:translate-x-0.5 motion-reduce:transition-none" />
                        </Link>
                      </h3>
                      <CallStatusBadges status={call.status} erasedAt={call.erasedAt} onHold={call.holds.length > 0} />
                    </div>
                    <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-4 text-slate-800 sm:gap-x-6 lg:grid-cols-4">
                      <div>
                        <dt className="text-sm text-slate-600">{t('field.duration')}</dt>
                        <dd className="mt-0.5 font-medium">
                          <Duration seconds={call.durationSeconds} />
                        </dd>
                      </div>
                      <div>
                        <dt className="text-sm text-slate-600">{t('field.direction')}</dt>
                        <dd className="mt-0.5 font-medium">{t(`direction.${call.direction}`)}</dd>
                      </div>
                      <div>
                        <dt className="text-sm text-slate-600">{t('field.agent')}</dt>
                        <dd className="mt-0.5 font-medium">{call.agentName ?? t('agentUnknown')}</dd>
                      </div>
                      <div>
                        <dt className="text-sm text-slate-600">{t('field.retention')}</dt>
                        <dd className="mt-0.5 font-medium">{call.status === 'erased' ? '—' : formatDay(format, call.retentionUntil)}</dd>
                      </div>
                      <div className="col-span-2">
                        <dt className="text-sm text-slate-600">{t('field.purposes')}</dt>
                        <dd className="mt-0.5 font-medium first-letter:uppercase">
                          <PurposeList purposes={call.purposes} />
                        </dd>
                      </div>
                      <div className="col-span-2">
                        <dt className="text-sm text-slate-600">{t('field.basis')}</dt>
                        <dd className="mt-0.5 font-medium first-letter:uppercase">
                          <LegalBasisText basis={call.legalBasis} />
                        </dd>
                      </div>
                    </dl>
                  </article>
                </li>
              );
            })}
          </ul>
        )}

        <NewerOlderPager
          label={t('pagination')}
          newest={search.cursor ? { href: callsHref(search.values), label: t('newest') } : undefined}
          older={nextCursor ? { href: callsHref(search.values, nextCursor), label: t('older') } : undefined}
        />
      </section>
    </div>
  );
}
