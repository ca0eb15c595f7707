import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formatDay } from '@/components/customer/dates';
import { closedStatuses, DueDate, RequestStatusBadge } from '@/components/customer/request-facts';
import { card, container, lawNote, primaryButton } from '@/components/customer/ui';
import { ArrowRightIcon } from '@/components/icons';
import { NewerOlderPager } from '@/components/customer/newer-older-pager';
import { screenReaderOnly } from '@/components/screen-reader-only';
import { requireCustomer } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { listCustomerRequests } from '@/lib/requests/queries';

const pageSize = 20;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('requests');
  return { title: t('metaTitle') };
}

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const searchSchema = z.object({ cursor: z.preprocess(one, z.string().regex(/^[A-Za-z0-9_-]{1,200}$/).optional().catch(undefined)) });


export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireCustomer();
  const { cursor } = searchSchema.parse(await searchParams);
  const page = await listCustomerRequests(session.customerId, { limit: pageSize, cursor }).catch((error: unknown) => {
    // A cursor from an old or edited link: start from the newest instead of failing.
    if (isAppError(error) && error.code === 'validation_failed' && cursor) return listCustomerRequests(session.customerId, { limit: pageSize });
    throw error;
  });
  const t = await getTranslations('requests');
  const format = await getFormatter();

  return (
    <div className={`${container} py-8 sm:py-12`}>
      <div className="flex flex-col gap-6 md:flex-row md:items-end md:justify-between">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
          <p className="mt-3 text-lg leading-relaxed text-slate-700">{t('lead')}</p>
          <p className={`mt-2 ${lawNote}`}>{t('law')}</p>
        </div>
        <p className="shrink-0">
          <Link href="/requests/new" className={primaryButton}>
            {t('new')}
            <ArrowRightIcon className="h-5 w-5" />
          </Link>
        </p>
      </div>

      <section aria-labelledby="list-title" className="mt-10">
        <h2 id="list-title" className="sr-only">
          {t('listTitle')}
        </h2>
        {page.items.length === 0 ? (
          <div className="rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
            <p className="text-lg font-semibold text-slate-900">{t('empty.title')}</p>
            <p className="mx-auto mt-2 max-w-xl text-slate-700">{t('empty.body')}</p>
          </div>
        ) : (
          <ul className="space-y-4">
            {page.items.map((request) => {
              const open = !closedStatuses.includes(request.status);
              const paused = request.pauses.some((pause) => !pause.endedAt);
              return (
                <li key={request.id}>
                  <article aria-labelledby={`request-${request.id}`} className={card}>
                    <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                      <h3 id={`request-${request.id}`} className="text-lg font-semibold">
                        <Link href={`/requests/${request.id}`} className="group inline-flex items-center gap-2 rounded text-brand-800 underline-offset-4 hover:underline">
                          <span>{t.rich('itemHeading', { type: t(`type.${request.type}`), date: formatDay(format, request.receivedAt), hidden: screenReaderOnly })}</span>
                          <ArrowRightIcon className="h-5 w-5 shrink-0 transition-transform group-hover:translate-x-0.5 motion-reduce:transition-none" />
                        </Link>
                      </h3>
                      <RequestStatusBadge status={request.status} paused={paused} />
                    </div>
                    <dl className="mt-4 grid gap-x-6 gap-y-4 text-slate-800 sm:grid-cols-3">
                      <div>
                        <dt className="text-sm text-slate-600">{t('field.received')}</dt>
                        <dd className="mt-0.5 font-medium">{formatDay(format, request.receivedAt)}</dd>
                      </div>
                      {open ? (
                        <div>
                          <dt className="text-sm text-slate-600">{t('field.due')}</dt>
                          <dd className="mt-0.5 font-medium">
                            <DueDate dueAt={request.dueAt} open />
                          </dd>
                        </div>
                      ) : (
                        <div>
                          <dt className="text-sm text-slate-600">{t('field.closed')}</dt>
                          <dd className="mt-0.5 font-medium">{formatDay(format, request.closedAt ?? request.dueAt)}</dd>
                        </div>
                      )}
                    </dl>
                  </article>
                </li>
              );
            })}
          </ul>
        )}
        <NewerOlderPager
          label={t('pagination')}
          newest={cursor ? { href: "/requests", label: t('newest') } : undefined}
          older={page.nextCursor ? { href: `/requests?cursor=${page.nextCursor}`, label: t('older') } : undefined}
        />
      </section>
    </div>
  );
}
