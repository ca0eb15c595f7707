import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formatDateTime } from '@/components/customer/dates';
import { durationParts } from '@/components/customer/format';
import { RequestForm, type PurposeChoice } from '@/components/customer/request-form';
import type { RequestFormValues } from '@/components/customer/request-form-state';
import { card, container, lawNote } from '@/components/customer/ui';
import { ArrowRightIcon } from '@/components/icons';
import type { Purpose } from '@/generated/prisma/client';
import { requireCustomer } from '@/lib/auth';
import { consentablePurposes } from '@/lib/consent/customer';
import { listCustomerRecordings } from '@/lib/recordings/queries';
import { purposeSchema } from '@/lib/recordings/schema';
import { requestTypeSchema } from '@/lib/requests/schema';
import { fileRequestAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('requests.form');
  return { title: t('metaTitle') };
}

const many = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Links from a call or the consent page preselect the type, the call and the purpose. */
const prefillSchema = z.object({
  type: z.preprocess(one, requestTypeSchema.optional().catch(undefined)),
  call: z.preprocess(many, z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).max(50).catch([])),
  purpose: z.preprocess(many, z.array(purposeSchema).max(5).catch([])),
});

/** How many of the customer's newest calls are offered to choose from. */
const choosableCalls = 300;

export default async function NewRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireCustomer();
  const prefill = prefillSchema.parse(await searchParams);
  const { items } = await listCustomerRecordings(session.customerId, { limit: choosableCalls });
  const t = await getTranslations('requests.form');
  const requests = await getTranslations('requests');
  const calls = await getTranslations('calls');
  const format = await getFormatter();

  const purposeLabel = (purpose: Purpose) => calls(`purpose.${purpose}`);
  const available = items.filter((call) => call.status !== 'erased');
  const callChoices = available.map((call) => {
    const { parts } = durationParts(call.durationSeconds);
    const duration = parts.hours > 0 ? calls('durationHours', { hours: parts.hours, minutes: parts.minutes, seconds: parts.seconds }) : calls('duration', { minutes: parts.minutes, seconds: parts.seconds });
    return {
      id: call.id,
      label: t('callOption', { date: formatDateTime(format, call.startedAt), duration, purposes: format.list(call.purposes.map(purposeLabel)) }),
    };
  });
  // An objection concerns calls kept on legitimate interest: offer the purposes those calls serve.
  const objectionSet = new Set<Purpose>(['security']);
  for (const call of available) if (call.legalBasis === 'legitimate_interest') for (const purpose of call.purposes) objectionSet.add(purpose);
  const choices = (purposes: Iterable<Purpose>): PurposeChoice[] => [...purposes].map((value) => ({ value, label: purposeLabel(value) }));

  const knownCalls = prefill.call.filter((id) => available.some((call) => call.id === id));
  const defaults: RequestFormValues = {
    type: prefill.type,
    scope: knownCalls.length > 0 ? 'chosen' : 'all',
    callIds: knownCalls,
    withdrawalPurposes: prefill.type === 'consent_withdrawal' ? prefill.purpose.filter((p) => consentablePurposes.includes(p)) : [],
    objectionPurposes: prefill.type === 'objection' ? prefill.purpose : [],
    message: '',
  };

  return (
    <div className={`${container} py-8 sm:py-12`}>
      <p>
        <Link href="/requests" className="inline-flex min-h-11 items-center gap-1.5 rounded font-semibold text-brand-800 underline-offset-4 hover:underline">
          <ArrowRightIcon className="h-4 w-4 rotate-180" />
          {requests('detail.back')}
        </Link>
      </p>
      <div className="lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,1.3fr)] lg:gap-12">
        <div>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
          <p className="mt-3 text-lg leading-relaxed text-slate-700">{t('lead')}</p>
          <div className="mt-8">
            <RequestForm
              action={fileRequestAction}
              calls={callChoices}
              withdrawalPurposes={choices(consentablePurposes)}
              objectionPurposes={choices(objectionSet)}
              defaults={defaults}
            />
          </div>
        </div>
        <aside aria-labelledby="next-title" className="mt-10 lg:mt-24">
          <div className={`${card} lg:sticky lg:top-6`}>
            <h2 id="next-title" className="text-lg font-semibold text-slate-900">
              {t('next.title')}
            </h2>
            <ol className="mt-4 space-y-4">
              {(['confirm', 'work', 'follow'] as const).map((step, index) => (
                <li key={step} className="flex gap-3">
                  <span aria-hidden="true" className="grid h-7 w-7 shrink-0 place-items-center rounded-full bg-brand-700 text-sm font-semibold text-white">
                    {index + 1}
                  </span>
                  <p className="leading-relaxed text-slate-700">{t(`next.steps.${step}`)}</p>
                </li>
              ))}
            </ol>
            <p className="mt-5 border-t border-slate-100 pt-3 font-semibold text-slate-900">{t('next.free')}</p>
            <p className={lawNote}>{t('next.law')}</p>
          </div>
        </aside>
      </div>
    </div>
  );
}
