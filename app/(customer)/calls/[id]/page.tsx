import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { CallPlayer } from '@/components/audio-player';
import { CallStatusBadges, Duration, LegalBasisText, PurposeList } from '@/components/customer/call-facts';
import { formatDateTime, formatDay, formatShortDateTime } from '@/components/customer/dates';
import { maskPhone, phoneEnding } from '@/components/customer/format';
import { Notice } from '@/components/notice';
import { RecordTable } from '@/components/customer/record-table';
import { card, container, lawNote, sectionTitle } from '@/components/customer/ui';
import { ArrowRightIcon, StopHandIcon } from '@/components/icons';
import type { Purpose } from '@/generated/prisma/client';
import { requireCustomer } from '@/lib/auth';
import { allPurposes } from '@/lib/consent/queries';
import { isAppError } from '@/lib/errors';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { getCustomerRecording, getCustomerRecordingPeaks, listRecordingAccess } from '@/lib/recordings/queries';

type Params = Promise<{ id: string }>;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The customer's call, or the 404 page when it is not theirs (indistinguishable from "no such call"). */
async function loadCall(customerId: AuthorizedCustomerId, id: string) {
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await getCustomerRecording(customerId, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const session = await requireCustomer();
  const call = await loadCall(session.customerId, (await params).id);
  const t = await getTranslations('call');
  const format = await getFormatter();
  return { title: t('metaTitle', { date: formatDateTime(format, call.startedAt) }) };
}

const staffRoles = ['you', 'agent', 'dpo', 'admin', 'auditor', 'staff', 'integration', 'system'] as const;
type Actor = (typeof staffRoles)[number];
const accessActions = ['played', 'downloaded', 'exported'] as const;
type AccessAction = (typeof accessActions)[number] | 'other';

const asActor = (actor: string): Actor => ((staffRoles as readonly string[]).includes(actor) ? (actor as Actor) : 'staff');
const asAction = (type: string): AccessAction => {
  const action = type.replace(/^recording\./, '');
  return (accessActions as readonly string[]).includes(action) ? (action as AccessAction) : 'other';
};
const asPurpose = (value: string | null): Purpose | null => (value && (allPurposes as string[]).includes(value) ? (value as Purpose) : null);

const requestKinds = ['access', 'erasure', 'restriction'] as const;

export default async function CallPage({ params }: { params: Params }) {
  const session = await requireCustomer();
  const { id } = await params;
  const call = await loadCall(session.customerId, id);
  const erased = call.status === 'erased';
  const [access, peaks] = await Promise.all([listRecordingAccess(session.customerId, call.id), erased ? Promise.resolve([]) : getCustomerRecordingPeaks(session.customerId, call.id)]);
  const t = await getTranslations('call');
  const calls = await getTranslations('calls');
  const consent = await getTranslations('consent');
  const format = await getFormatter();
  const when = formatDateTime(format, call.startedAt);
  const onHold = call.holds.length > 0;
  const purposeList = (purposes: readonly Purpose[]) => format.list(purposes.map((p) => calls(`purpose.${p}`)), { type: 'conjunction' });

  return (
    <div className={`${container} py-8 sm:py-12`}>
      <p>
        <Link href="/calls" className="inline-flex min-h-11 items-center gap-1.5 rounded font-semibold text-brand-800 underline-offset-4 hover:underline">
          <ArrowRightIcon className="h-4 w-4 rotate-180" />
          {t('back')}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title', { date: when })}</h1>
        <CallStatusBadges status={call.status} erasedAt={call.erasedAt} onHold={onHold} />
      </div>

      <div className="mt-6 space-y-4">
        {erased ? (
          <Notice tone="info" title={t('erased.title')}>
            <p>{t('erased.body', { date: call.erasedAt ? formatDay(format, call.erasedAt) : '—' })}</p>
          </Notice>
        ) : null}
        {call.status === 'restricted' ? (
          <Notice tone="warning" title={t('restricted.title')}>
            <p>{t('restricted.body')}</p>
            <p className={lawNote}>{t('restricted.law')}</p>
          </Notice>
        ) : null}
        {onHold && !erased ? (
          <Notice tone="info" title={t('onHold.title')}>
            <p>{t('onHold.body')}</p>
            <p className={lawNote}>{t('onHold.law')}</p>
          </Notice>
        ) : null}
        {call.withdrawnPurposes.length > 0 && !erased ? (
          <Notice tone="info" title={t('withdrawn.title')}>
            <p>{t('withdrawn.body', { purposes: purposeList(call.withdrawnPurposes) })}</p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="summary-title" className={`${card} mt-6`}>
        <h2 id="summary-title" className={sectionTitle}>
          {t('summaryTitle')}
        </h2>
        <dl className="mt-5 grid grid-cols-2 gap-x-4 gap-y-5 text-slate-800 sm:gap-x-6 lg:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-600">{t('field.startedAt')}</dt>
            <dd className="mt-0.5 font-medium">{when}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{calls('field.duration')}</dt>
            <dd className="mt-0.5 font-medium">
              <Duration seconds={call.durationSeconds} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{calls('field.direction')}</dt>
            <dd className="mt-0.5 font-medium">{calls(`direction.${call.direction}`)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{calls('field.agent')}</dt>
            <dd className="mt-0.5 font-medium">{call.agentName ?? calls('agentUnknown')}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-sm text-slate-600">{calls('field.purposes')}</dt>
            <dd className="mt-0.5 font-medium first-letter:uppercase">
              <PurposeList purposes={call.purposes} />
            </dd>
          </div>
          <div className="col-span-2">
            <dt className="text-sm text-slate-600">{calls('field.basis')}</dt>
            <dd className="mt-0.5 font-medium first-letter:uppercase">
              <LegalBasisText basis={call.legalBasis} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t('field.phone')}</dt>
            <dd className="mt-0.5 font-medium">
              <span aria-hidden="true" className="tabular-nums">
                {maskPhone(call.phone)}
              </span>
              <span className="sr-only">{t('phoneEnding', { digits: phoneEnding(call.phone) })}</span>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{calls('field.retention')}</dt>
            <dd className="mt-0.5 font-medium">{erased ? '—' : formatDay(format, call.retentionUntil)}</dd>
          </div>
        </dl>
      </section>

      {erased ? null : (
        <section aria-labelledby="recording-title" className="mt-10">
          <h2 id="recording-title" className={sectionTitle}>
            {t('recording.title')}
          </h2>
          <p className="mt-2 mb-5 max-w-3xl text-slate-700">{t('recording.lead')}</p>
          <CallPlayer
            src={`/api/v1/me/recordings/${call.id}/audio`}
            playbackReportUrl={`/api/v1/me/recordings/${call.id}/plays`}
            segments={call.segments.map((segment) => ({ ...segment, speaker: segment.speaker === 'agent' ? 'agent' : 'customer' }))}
            peaks={peaks}
            durationSeconds={call.durationSeconds}
            agentName={call.agentName ?? undefined}
            headingLevel={3}
          />
        </section>
      )}

      <section aria-labelledby="access-title" className="mt-12">
        <h2 id="access-title" className={sectionTitle}>
          {t('access.title')}
        </h2>
        <p className="mt-2 mb-5 max-w-3xl text-slate-700">{t('access.lead')}</p>
        {access.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-slate-700">{t('access.empty')}</p>
        ) : (
          <RecordTable
            label={t('access.tableLabel')}
            columns={[{ header: t('access.when'), className: 'whitespace-nowrap' }, { header: t('access.who'), className: 'first-letter:uppercase' }, { header: t('access.what') }, { header: t('access.why') }]}
            rows={access.map((entry, index) => {
              const purpose = asPurpose(entry.purpose);
              return {
                key: `${entry.at.toISOString()}-${index}`,
                cells: [
                  formatShortDateTime(format, entry.at),
                  t(`access.actor.${asActor(entry.actor)}`),
                  t(`access.action.${asAction(entry.type)}`),
                  purpose ? calls(`purpose.${purpose}`) : t('access.noPurpose'),
                ],
              };
            })}
          />
        )}
      </section>

      <section aria-labelledby="consent-title" className="mt-12">
        <h2 id="consent-title" className={sectionTitle}>
          {t('consentProof.title')}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">{t('consentProof.lead')}</p>
        <p className={`mt-1 mb-5 ${lawNote}`}>{t('consentProof.law')}</p>
        {call.legalBasis !== 'consent' ? (
          <p className="rounded-xl border border-slate-200 bg-white px-5 py-4 text-slate-800">{t('consentProof.notOnConsent', { basis: calls(`basis.${call.legalBasis}`) })}</p>
        ) : (
          <div className="space-y-4">
            <p className="text-slate-800">
              {call.consentGivenAt && call.consentMethod
                ? t('consentProof.given', { date: formatDateTime(format, call.consentGivenAt), method: consent(`method.${call.consentMethod}`) })
                : t('consentProof.none')}
            </p>
            {call.consentEvents.length > 0 ? (
              <RecordTable
                label={t('consentProof.tableLabel')}
                minWidth="wide"
                columns={[
                  { header: consent('history.when'), className: 'whitespace-nowrap' },
                  { header: consent('history.purpose') },
                  { header: consent('history.action') },
                  { header: consent('history.method') },
                  { header: consent('history.prompt'), className: 'font-mono text-xs' },
                  { header: consent('history.key'), className: 'font-mono' },
                  { header: consent('history.phone'), className: 'whitespace-nowrap tabular-nums' },
                ]}
                rows={call.consentEvents.map((event, index) => ({
                  key: `${event.purpose}-${event.occurredAt.toISOString()}-${index}`,
                  cells: [
                    formatShortDateTime(format, event.occurredAt),
                    calls(`purpose.${event.purpose}`),
                    consent(`action.${event.action}`),
                    consent(`method.${event.method}`),
                    event.promptVersion ?? consent('none'),
                    event.keyPressed ?? consent('none'),
                    <>
                      <span aria-hidden="true">{maskPhone(call.phone)}</span>
                      <span className="sr-only">{t('phoneEnding', { digits: phoneEnding(call.phone) })}</span>
                    </>,
                  ],
                }))}
              />
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="recipients-title" className="mt-12">
        <h2 id="recipients-title" className={sectionTitle}>
          {t('recipients.title')}
        </h2>
        <p className="mt-2 max-w-3xl text-slate-700">{t('recipients.lead')}</p>
        <p className={`mt-1 mb-5 ${lawNote}`}>{t('recipients.law')}</p>
        {call.recipients.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-slate-700">{t('recipients.empty')}</p>
        ) : (
          <RecordTable
            label={t('recipients.tableLabel')}
            columns={[{ header: t('recipients.name'), className: 'font-medium' }, { header: t('recipients.role') }, { header: t('recipients.purpose') }, { header: t('recipients.since'), className: 'whitespace-nowrap' }]}
            rows={call.recipients.map((entry) => ({
              key: `${entry.recipient.name}-${entry.purpose}`,
              cells: [entry.recipient.name, entry.recipient.role, calls(`purpose.${entry.purpose}`), formatDay(format, entry.sharedAt)],
            }))}
          />
        )}
      </section>

      {erased ? null : (
        <section aria-labelledby="actions-title" className="mt-12">
          <h2 id="actions-title" className={sectionTitle}>
            {t('actions.title')}
          </h2>
          <p className="mt-2 mb-5 max-w-3xl text-slate-700">{t('actions.lead')}</p>
          <ul className="grid gap-4 md:grid-cols-3">
            {requestKinds.map((kind) => (
              <li key={kind} className={`${card} flex flex-col`}>
                <h3 className="text-lg font-semibold">
                  <Link href={`/requests/new?type=${kind}&call=${call.id}`} className="rounded text-brand-800 underline underline-offset-4 hover:text-brand-950">
                    {t(`actions.${kind}.title`)}
                    {/* A no-break space keeps the arrow with the last word. */}
                    <span className="whitespace-nowrap">
                      {'\u00a0'}
                      <ArrowRightIcon className="inline h-4 w-4 align-[-0.125em]" />
                    </span>
                  </Link>
                </h3>
                <p className="mt-2 mb-3 leading-relaxed text-slate-700">{t(`actions.${kind}.body`)}</p>
                <p className={`mt-auto border-t border-slate-100 pt-3 ${lawNote}`}>{t(`actions.${kind}.law`)}</p>
              </li>
            ))}
          </ul>
          {/* Art. 21(4): the right to object is shown clearly and apart from the others. */}
          <div className="mt-6 rounded-2xl border-2 border-brand-700 bg-white p-5 sm:p-6">
            <div className="flex flex-col gap-4 sm:flex-row sm:gap-6">
              <span className="grid h-12 w-12 shrink-0 place-items-center rounded-xl bg-brand-700 text-white">
                <StopHandIcon className="h-7 w-7" />
              </span>
              <div className="max-w-3xl">
                <h3 className="text-lg font-semibold text-slate-900">{t('actions.objection.title')}</h3>
                <p className="mt-2 leading-relaxed text-slate-800">{t('actions.objection.body')}</p>
                <p className={`mt-2 ${lawNote}`}>{t('actions.objection.law')}</p>
                <p className="mt-4">
                  <Link
                    href={`/requests/new?type=objection&call=${call.id}`}
                    className="inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-800"
                  >
                    {t('actions.objection.cta')}
                    <ArrowRightIcon className="h-5 w-5" />
                  </Link>
                </p>
              </div>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
