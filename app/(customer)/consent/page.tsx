import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Badge } from '@/components/customer/badge';
import { formatShortDateTime } from '@/components/customer/dates';
import { maskPhone, phoneEnding } from '@/components/customer/format';
import { Notice } from '@/components/notice';
import { RecordTable } from '@/components/customer/record-table';
import { SubmitButton } from '@/components/customer/submit-button';
import { card, container, lawNote, primaryButton, secondaryButton, sectionTitle, textLink } from '@/components/customer/ui';
import type { LegalBasis, Purpose } from '@/generated/prisma/client';
import { screenReaderOnly } from '@/components/screen-reader-only';
import { requireCustomer } from '@/lib/auth';
import { getCustomerConsent } from '@/lib/consent/customer';
import { errorStatus, isAppError, type ErrorCode } from '@/lib/errors';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { purposeSchema } from '@/lib/recordings/schema';
import { getCustomerRequest } from '@/lib/requests/queries';
import { giveConsentAction, withdrawConsentAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('consent');
  return { title: t('metaTitle') };
}

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** What the actions hand back through the address after their redirect. */
const outcomeSchema = z.object({
  withdrawn: z.preprocess(one, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined)),
  given: z.preprocess(one, purposeSchema.optional().catch(undefined)),
  error: z.preprocess(one, z.string().refine((code): code is ErrorCode => code in errorStatus).optional().catch(undefined)),
});

/** The basis a purpose that needs no consent is recorded on; shown read-only. */
const basisOfPurpose: Partial<Record<Purpose, LegalBasis>> = {
  contract: 'contract',
  legal_evidence: 'legal_obligation',
  security: 'legitimate_interest',
};

async function findRequest(customerId: AuthorizedCustomerId, id: string | undefined) {
  if (!id) return null;
  try {
    return await getCustomerRequest(customerId, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return null;
    throw error;
  }
}


export default async function ConsentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await requireCustomer();
  const outcome = outcomeSchema.parse(await searchParams);
  const [consent, withdrawal] = await Promise.all([getCustomerConsent(session.customerId), findRequest(session.customerId, outcome.withdrawn)]);
  const t = await getTranslations('consent');
  const calls = await getTranslations('calls');
  const errors = await getTranslations('errors');
  const format = await getFormatter();
  const purposeName = (purpose: Purpose) => calls(`purpose.${purpose}`);
  const consentable = consent.purposes.filter((p) => p.consentable);
  const others = consent.purposes.filter((p) => !p.consentable);

  return (
    <div className={`${container} py-8 sm:py-12`}>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t('lead')}</p>
      {consent.phones.length > 0 ? (
        <p className="mt-3 text-slate-700">
          <span aria-hidden="true">{t('phones', { phones: consent.phones.map(maskPhone).join(', ') })}</span>
          <span className="sr-only">{t('phones', { phones: consent.phones.map((phone) => t('phoneEnding', { digits: phoneEnding(phone) })).join(', ') })}</span>
        </p>
      ) : null}

      <div className="mt-6 space-y-4">
        {withdrawal && withdrawal.type === 'consent_withdrawal' ? (
          <Notice tone="success" role="status" title={t('done.withdrawn', { purposes: format.list(withdrawal.purposes.map(purposeName)) })}>
            <p>
              {t('done.withdrawnCalls', {
                erase: withdrawal.recordings.filter((r) => r.outcome === 'pending').length,
                kept: withdrawal.recordings.filter((r) => r.outcome === 'processing_stopped').length,
              })}
            </p>
            <p>
              <Link href={`/requests/${withdrawal.id}`} className={textLink}>
                {t('done.withdrawnLink')}
              </Link>
            </p>
          </Notice>
        ) : null}
        {outcome.given ? <Notice tone="success" role="status" title={t('done.given', { purpose: purposeName(outcome.given) })} /> : null}
        {outcome.error ? (
          <Notice tone="error" role="alert" title={t('errorTitle')}>
            <p>{errors(outcome.error)}</p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="consentable-title" className="mt-10">
        <h2 id="consentable-title" className={sectionTitle}>
          {t('consentableTitle')}
        </h2>
        <ul className="mt-5 grid gap-5 lg:grid-cols-2">
          {consentable.map(({ purpose, allowed }) => (
            <li key={purpose} className={`${card} flex flex-col`}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <h3 className="text-lg font-semibold text-slate-900 first-letter:uppercase">{purposeName(purpose)}</h3>
                {allowed ? <Badge tone="green">{t('state.allowed')}</Badge> : <Badge tone="slate">{t('state.withdrawn')}</Badge>}
              </div>
              <p className="mt-2 leading-relaxed text-slate-700">{purpose === 'quality' || purpose === 'training' ? t(`purposeBody.${purpose}`) : null}</p>
              <p className="mt-3 text-sm leading-relaxed text-slate-700">{allowed ? t('withdrawEffect') : t('giveEffect')}</p>
              <div className="mt-auto pt-5">
                <form action={allowed ? withdrawConsentAction : giveConsentAction}>
                  <input type="hidden" name="purpose" value={purpose} />
                  <SubmitButton pendingLabel={t('saving')} className={allowed ? secondaryButton : primaryButton}>
                    {allowed ? t.rich('withdraw', { purpose: purposeName(purpose), hidden: screenReaderOnly }) : t.rich('give', { purpose: purposeName(purpose), hidden: screenReaderOnly })}
                  </SubmitButton>
                </form>
                <p className={`mt-4 border-t border-slate-100 pt-3 ${lawNote}`}>{t('law')}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="others-title" className="mt-12">
        <h2 id="others-title" className={sectionTitle}>
          {t('other.title')}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">{t('other.lead')}</p>
        <ul className="mt-5 grid gap-5 md:grid-cols-3">
          {others.map(({ purpose }) => {
            const basis = basisOfPurpose[purpose];
            return (
              <li key={purpose} className={`${card} flex flex-col`}>
                <h3 className="text-lg font-semibold text-slate-900 first-letter:uppercase">{purposeName(purpose)}</h3>
                <p className="mt-2 mb-3 leading-relaxed text-slate-700">
                  {purpose === 'contract' || purpose === 'legal_evidence' || purpose === 'security' ? t(`other.body.${purpose}`) : null}
                </p>
                {basis ? (
                  <p className="mt-auto border-t border-slate-100 pt-3 text-slate-800">
                    <span className="font-semibold">{t('other.basisLabel')}</span> {calls(`basis.${basis}`)}
                    <span className={`block ${lawNote}`}>{calls(`basisLaw.${basis}`)}</span>
                  </p>
                ) : null}
                {basis === 'legitimate_interest' ? (
                  <p className="mt-3">
                    <Link href={`/requests/new?type=objection&purpose=${purpose}`} className={textLink}>
                      {t.rich('other.objectLink', { purpose: purposeName(purpose), hidden: screenReaderOnly })}
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <p className="mt-5">
          <Link href="/requests/new" className={textLink}>
            {t('other.requestsLink')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="history-title" className="mt-12">
        <h2 id="history-title" className={sectionTitle}>
          {t('history.title')}
        </h2>
        <p className="mt-2 mb-5 max-w-3xl text-slate-700">{t('history.lead')}</p>
        {consent.history.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-slate-700">{t('history.empty')}</p>
        ) : (
          <RecordTable
            label={t('history.tableLabel')}
            minWidth="wide"
            columns={[
              { header: t('history.when'), className: 'whitespace-nowrap' },
              { header: t('history.purpose') },
              { header: t('history.action') },
              { header: t('history.method') },
              { header: t('history.prompt'), className: 'font-mono text-xs' },
              { header: t('history.key'), className: 'font-mono' },
              { header: t('history.phone'), className: 'whitespace-nowrap tabular-nums' },
              { header: t('history.call') },
            ]}
            rows={consent.history.map((event) => ({
              key: event.id,
              cells: [
                formatShortDateTime(format, event.occurredAt),
                purposeName(event.purpose),
                event.action === 'given' ? <Badge tone="green">{t('action.given')}</Badge> : <Badge tone="slate">{t('action.withdrawn')}</Badge>,
                t(`method.${event.method}`),
                event.promptVersion ?? t('none'),
                event.keyPressed ?? t('none'),
                event.phone ? (
                  <>
                    <span aria-hidden="true">{maskPhone(event.phone)}</span>
                    <span className="sr-only">{t('phoneEnding', { digits: phoneEnding(event.phone) })}</span>
                  </>
                ) : (
                  t('none')
                ),
                event.recordingId ? (
                  <Link href={`/calls/${event.recordingId}`} className={textLink}>
                    {t.rich('history.callLink', { hidden: screenReaderOnly })}
                  </Link>
                ) : (
                  t('none')
                ),
              ],
            }))}
          />
        )}
      </section>
    </div>
  );
}
