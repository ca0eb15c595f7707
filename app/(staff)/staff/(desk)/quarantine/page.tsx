import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formatDateTime, formatDuration, formatShortDateTime } from '@/components/staff/dates';
import { FlashMessage } from '@/components/staff/flash-message';
import { EraseQuarantinedForm, ReleaseQuarantinedForm } from '@/components/staff/quarantine-forms';
import { card, container, dd, dt, pageTitle, subTitle } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { listQuarantinedRecordings } from '@/lib/recordings/quarantine';
import { eraseQuarantinedAction, releaseQuarantinedAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('quarantine'))('metaTitle') };
}

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const searchSchema = z.object({ done: z.preprocess(one, z.enum(['erased', 'released', 'kept']).optional().catch(undefined)) });
const knownReasons = ['consent_withdrawn_for_all_purposes'] as const;

/** Calls recorded while consent was withdrawn for all their purposes: the DPO erases or releases each one. */
export default async function QuarantinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff('quarantine.resolve');
  const { done } = searchSchema.parse(await searchParams);
  const [calls, t, call, format] = await Promise.all([listQuarantinedRecordings(), getTranslations('quarantine'), getTranslations('staffRequest'), getFormatter()]);
  const reasonText = (reason: string | null) => (reason && (knownReasons as readonly string[]).includes(reason) ? t(`reason.${reason as (typeof knownReasons)[number]}`) : reason);

  return (
    <div className={`${container} py-6`}>
      <h1 className={pageTitle}>{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-sm leading-relaxed text-slate-700">{t('intro')}</p>
      {done ? (
        <div className="mt-4 max-w-3xl">
          <FlashMessage tone={done === 'kept' ? 'warning' : 'success'}>{t(`done.${done}`)}</FlashMessage>
        </div>
      ) : null}
      {calls.length === 0 ? (
        <p className="mt-5 max-w-3xl rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">{t('empty')}</p>
      ) : (
        <>
          <p className="mt-4 text-sm font-medium text-slate-900">{t('count', { count: calls.length })}</p>
          <ul className="mt-3 space-y-4">
            {calls.map((item) => (
              <li key={item.id} className={card}>
                <h2 className={subTitle}>{t('callTitle', { date: formatDateTime(format, item.startedAt) })}</h2>
                <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3 lg:grid-cols-6">
                  <div>
                    <dt className={dt}>{t('fields.customer')}</dt>
                    <dd className={dd}>
                      {item.customer ? (
                        <>
                          {item.customer.fullName}
                          <span className="block font-mono text-xs text-slate-600">{item.customer.customerNumber}</span>
                        </>
                      ) : (
                        t('fields.unmatched')
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt className={dt}>{t('fields.purposes')}</dt>
                    <dd className={dd}>{format.list(item.purposes.map((purpose) => call(`purpose.${purpose}`)))}</dd>
                  </div>
                  <div>
                    <dt className={dt}>{t('fields.basis')}</dt>
                    <dd className={dd}>{call(`basis.${item.legalBasis}`)}</dd>
                  </div>
                  <div>
                    <dt className={dt}>{t('fields.duration')}</dt>
                    <dd className={dd}>{formatDuration(item.durationSeconds)}</dd>
                  </div>
                  <div>
                    <dt className={dt}>{t('fields.arrived')}</dt>
                    <dd className={dd}>{formatShortDateTime(format, item.createdAt)}</dd>
                  </div>
                  <div>
                    <dt className={dt}>{t('fields.why')}</dt>
                    <dd className={dd}>{reasonText(item.quarantineReason)}</dd>
                  </div>
                </dl>
                <div className="mt-4 grid items-start gap-3 md:grid-cols-2">
                  <ReleaseQuarantinedForm recordingId={item.id} action={releaseQuarantinedAction} />
                  <EraseQuarantinedForm recordingId={item.id} action={eraseQuarantinedAction} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
