import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formatDateTime, formatDay } from '@/components/customer/dates';
import { Notice } from '@/components/notice';
import { ReplyForm } from '@/components/customer/reply-form';
import { closedStatuses, DueDate, RequestStatusBadge } from '@/components/customer/request-facts';
import { card, container, lawNote, primaryButton, sectionTitle, textLink } from '@/components/customer/ui';
import { ArrowRightIcon } from '@/components/icons';
import type { RecordingOutcome } from '@/generated/prisma/client';
import { requireCustomer } from '@/lib/auth';
import { isObjectionNotApplicableReason, legalGrounds, systemDecisionReasonKey } from '@/lib/requests/legal-grounds';
import { isAppError } from '@/lib/errors';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { listCustomerRecordings } from '@/lib/recordings/queries';
import { getCustomerRequest } from '@/lib/requests/queries';
import { replyAction } from './actions';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

async function loadRequest(customerId: AuthorizedCustomerId, id: string) {
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await getCustomerRequest(customerId, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const session = await requireCustomer();
  const request = await loadRequest(session.customerId, (await params).id);
  const t = await getTranslations('requests');
  return { title: t('detail.metaTitle', { type: t(`type.${request.type}`) }) };
}

/** Outcomes that keep something back: each is a (partial) refusal, which must state its reasons and the customer's remedies (rule 4). */
const refusalOutcomes: readonly RecordingOutcome[] = ['kept_legal_hold', 'kept_legal_obligation', 'kept_legal_claims', 'partially_redacted'];
const outcomeLaw = ['kept_legal_hold', 'kept_legal_obligation', 'kept_legal_claims', 'partially_redacted'] as const;
const knownGrounds = legalGrounds;
const timelineKinds = ['received', 'in_progress', 'extended', 'completed', 'partially_completed', 'rejected', 'message_to_customer', 'message_from_customer'] as const;
/** The clock's own events: the pauses below tell the same story in the customer's words. */
const clockKinds = ['paused', 'resumed'];
type TimelineKind = (typeof timelineKinds)[number] | 'pauseStarted' | 'pauseEnded' | 'other';

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const searchSchema = z.object({
  filed: z.preprocess(one, z.literal('1').optional().catch(undefined)),
  reply: z.preprocess(one, z.enum(['sent', 'invalid']).optional().catch(undefined)),
});

export default async function RequestPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const session = await requireCustomer();
  const request = await loadRequest(session.customerId, (await params).id);
  const { filed, reply } = searchSchema.parse(await searchParams);
  // The calls' dates, to name each one in the outcome list rather than by an id.
  const calls = request.recordings.length > 0 ? (await listCustomerRecordings(session.customerId, { limit: 1000 })).items : [];
  const callDates = new Map(calls.map((call) => [call.id, call.startedAt]));
  const t = await getTranslations('requests');
  const callsT = await getTranslations('calls');
  const format = await getFormatter();

  const open = !closedStatuses.includes(request.status);
  const openPause = open ? request.pauses.find((pause) => !pause.endedAt) : undefined;
  const typeName = t(`type.${request.type}`);
  const refused =
    request.status === 'rejected' || request.status === 'partially_completed' || request.recordings.some((recording) => refusalOutcomes.includes(recording.outcome));
  const hasDecision = Boolean(request.decisionReason || request.legalGround);
  const groundText = (ground: string) => ((knownGrounds as readonly string[]).includes(ground) ? t(`detail.legalGround.${ground as (typeof knownGrounds)[number]}`) : ground);
  const question = openPause ? request.events.findLast((event) => event.kind === 'message_to_customer' && event.at <= openPause.startedAt)?.note : undefined;
  const outcomeReasonText = (reason: string) => (isObjectionNotApplicableReason(reason) ? t(`detail.outcome.objection.${reason}`) : groundText(reason));
  const decisionReasonText = (reason: string) => {
    const key = systemDecisionReasonKey(reason);
    return key ? t(`detail.decision.${key}`) : reason;
  };
  // A package is gone once it expires, or when an erasure destroyed it with a call it held.
  const packageReady = request.type === 'access' && (request.status === 'completed' || request.status === 'partially_completed') && request.packageStorageKey && request.packageExpiresAt && request.packageExpiresAt > new Date();

  const timeline: { at: Date; kind: TimelineKind; note?: string | null }[] = [
    ...request.events
      .filter((event) => !clockKinds.includes(event.kind))
      .map((event) => ({
        at: event.at,
        kind: ((timelineKinds as readonly string[]).includes(event.kind) ? event.kind : 'other') as TimelineKind,
        note: event.kind === 'extended' ? null : event.note,
      })),
    ...request.pauses.flatMap((pause) => [
      { at: pause.startedAt, kind: 'pauseStarted' as const },
      ...(pause.endedAt ? [{ at: pause.endedAt, kind: 'pauseEnded' as const }] : []),
    ]),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  // The query does not say whether the customer chose calls or asked about all of them; a
  // request naming fewer calls than the customer had when filing it was a choice.
  const callsWhenFiled = calls.filter((call) => call.startedAt <= request.receivedAt).length;
  const chosenSubset = request.recordings.length > 0 && request.recordings.length < callsWhenFiled;

  const outcomeText = (outcome: RecordingOutcome) =>
    outcome === 'pending' && request.type === 'consent_withdrawal' ? t('detail.outcome.pendingErasure') : t(`detail.outcome.${outcome}`);

  return (
    <div className={`${container} py-8 sm:py-12`}>
      <p>
        <Link href="/requests" className="inline-flex min-h-11 items-center gap-1.5 rounded font-semibold text-brand-800 underline-offset-4 hover:underline">
          <ArrowRightIcon className="h-4 w-4 rotate-180" />
          {t('detail.back')}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('detail.title', { type: typeName })}</h1>
        <RequestStatusBadge status={request.status} paused={Boolean(openPause)} />
      </div>

      <div className="mt-6 space-y-4">
        {filed ? (
          <Notice tone="success" role="status">
            <p className="font-semibold">
              {request.type === 'consent_withdrawal' ? t('detail.filedWithdrawal') : t('detail.filed', { due: formatDay(format, request.dueAt) })}
            </p>
          </Notice>
        ) : null}
        {reply === 'sent' && open ? (
          <Notice tone="success" role="status">
            <p className="font-semibold">{t('detail.reply.sent', { due: formatDay(format, request.dueAt) })}</p>
          </Notice>
        ) : null}
        {openPause ? (
          <Notice tone="warning" title={t('detail.paused.title')}>
            <p>{t('detail.paused.body')}</p>
            {question ? <p className="whitespace-pre-line">{t('detail.paused.question', { text: question })}</p> : null}
            <p className="text-sm">{t('detail.paused.since', { date: formatDay(format, openPause.startedAt) })}</p>
            <div className="pt-2">
              <ReplyForm requestId={request.id} action={replyAction} invalid={reply === 'invalid'} />
            </div>
          </Notice>
        ) : null}
        {open && request.extensionReason ? (
          <Notice tone="info" title={t('detail.extended.title')}>
            <p>{t('detail.extended.body', { due: formatDay(format, request.dueAt), original: formatDay(format, request.originalDueAt) })}</p>
            <p>{t('detail.extended.reason', { reason: request.extensionReason })}</p>
            <p className={lawNote}>{t('detail.extended.law')}</p>
          </Notice>
        ) : null}
        {packageReady && request.packageExpiresAt ? (
          <Notice tone="success" title={t('detail.package.title')}>
            <p>{t('detail.package.body', { date: formatDateTime(format, request.packageExpiresAt) })}</p>
            <p className="pt-2">
              <a href={`/requests/${request.id}/package`} className={primaryButton}>
                {t('detail.package.link')}
              </a>
            </p>
          </Notice>
        ) : null}
        {request.certificate ? (
          <Notice tone="success" title={t('detail.certificate.title')}>
            <p>{t('detail.certificate.body')}</p>
            <p className="pt-2">
              <Link href={`/requests/${request.id}/certificate`} className={primaryButton}>
                {t('detail.certificate.link')}
              </Link>
            </p>
          </Notice>
        ) : null}
      </div>

      <section aria-labelledby="summary-title" className={`${card} mt-6`}>
        <h2 id="summary-title" className={sectionTitle}>
          {t('detail.summaryTitle')}
        </h2>
        <dl className="mt-5 grid gap-x-6 gap-y-5 text-slate-800 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-600">{t('field.received')}</dt>
            <dd className="mt-0.5 font-medium">{formatDateTime(format, request.receivedAt)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{open ? t('field.due') : t('field.closed')}</dt>
            <dd className="mt-0.5 font-medium">{open ? <DueDate dueAt={request.dueAt} open /> : formatDay(format, request.closedAt ?? request.dueAt)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t('detail.number')}</dt>
            <dd className="mt-0.5 font-mono text-sm break-all">{request.id}</dd>
          </div>
          {request.type !== 'consent_withdrawal' ? (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-600">{t('detail.scope')}</dt>
              <dd className="mt-0.5 font-medium">
                {chosenSubset ? t('detail.chosenCalls', { count: request.recordings.length }) : t('detail.allCalls')}
              </dd>
            </div>
          ) : null}
          {request.purposes.length > 0 ? (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-600">{t('detail.purposes')}</dt>
              <dd className="mt-0.5 font-medium first-letter:uppercase">{format.list(request.purposes.map((p) => callsT(`purpose.${p}`)))}</dd>
            </div>
          ) : null}
          {request.message ? (
            <div className="sm:col-span-2 lg:col-span-4">
              <dt className="text-sm text-slate-600">{t('detail.message')}</dt>
              <dd className="mt-0.5 whitespace-pre-line">{request.message}</dd>
            </div>
          ) : null}
        </dl>
        {open ? <p className={`mt-5 border-t border-slate-100 pt-3 ${lawNote}`}>{t('detail.dueNote')}</p> : null}
      </section>

      {hasDecision ? (
        <section aria-labelledby="decision-title" className={`${card} mt-6`}>
          <h2 id="decision-title" className={sectionTitle}>
            {t('detail.decision.title')}
          </h2>
          <dl className="mt-4 space-y-4 text-slate-800">
            {request.decisionReason ? (
              <div>
                <dt className="text-sm text-slate-600">{t('detail.decision.reason')}</dt>
                <dd className="mt-0.5 whitespace-pre-line">{decisionReasonText(request.decisionReason)}</dd>
              </div>
            ) : null}
            {request.legalGround ? (
              <div>
                <dt className="text-sm text-slate-600">{t('detail.decision.legalGround')}</dt>
                <dd className="mt-0.5">{groundText(request.legalGround)}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}

      {refused ? (
        <section aria-labelledby="rights-title" className="mt-6 rounded-2xl border-2 border-brand-700 bg-white p-5 sm:p-6">
          <h2 id="rights-title" className={sectionTitle}>
            {t('detail.rights.title')}
          </h2>
          <ul className="mt-4 list-disc space-y-2 pl-5 leading-relaxed text-slate-800">
            <li>{t('detail.rights.uodo')}</li>
            <li>{t('detail.rights.court')}</li>
          </ul>
          <p className={`mt-4 ${lawNote}`}>{t('detail.rights.law')}</p>
        </section>
      ) : null}

      {request.recordings.length > 0 ? (
        <section aria-labelledby="outcome-title" className="mt-10">
          <h2 id="outcome-title" className={sectionTitle}>
            {t('detail.outcome.title')}
          </h2>
          <ul className="mt-5 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
            {request.recordings.map((recording) => {
              const startedAt = callDates.get(recording.recordingId);
              const law = (outcomeLaw as readonly string[]).includes(recording.outcome) ? t(`detail.outcome.law.${recording.outcome as (typeof outcomeLaw)[number]}`) : null;
              return (
                <li key={recording.recordingId} className="flex flex-col gap-1 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
                  <Link href={`/calls/${recording.recordingId}`} className={textLink}>
                    {startedAt ? t('detail.outcome.callLink', { date: formatDateTime(format, startedAt) }) : t('detail.outcome.unknownCall', { id: recording.recordingId })}
                  </Link>
                  <div className="text-slate-800 sm:max-w-[60%] sm:text-right">
                    <p className="font-medium first-letter:uppercase">{outcomeText(recording.outcome)}</p>
                    {recording.outcomeReason ? <p className="text-sm text-slate-700">{t('detail.outcome.reason', { reason: outcomeReasonText(recording.outcomeReason) })}</p> : null}
                    {law ? <p className={lawNote}>{law}</p> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="timeline-title" className="mt-10">
        <h2 id="timeline-title" className={sectionTitle}>
          {t('detail.timeline.title')}
        </h2>
        <ol className="mt-5 space-y-0">
          {timeline.map((entry, index) => (
            <li key={`${entry.kind}-${entry.at.toISOString()}-${index}`} className="relative pb-6 pl-8 last:pb-0">
              <span
                aria-hidden="true"
                className={`absolute top-1.5 left-0 h-4 w-4 rounded-full border-2 border-brand-700 ${index === timeline.length - 1 ? 'bg-brand-700' : 'bg-white'}`}
              />
              {index < timeline.length - 1 ? <span aria-hidden="true" className="absolute top-6 -bottom-1.5 left-[7px] w-0.5 bg-brand-200" /> : null}
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">{t(`detail.timeline.${entry.kind}`)}</p>
                <p className="text-sm text-slate-600">
                  <time dateTime={entry.at.toISOString()}>{formatDateTime(format, entry.at)}</time>
                </p>
                {entry.kind === 'extended' ? (
                  <div className="mt-1 text-slate-800">
                    <p>{t('detail.extended.body', { due: formatDay(format, request.dueAt), original: formatDay(format, request.originalDueAt) })}</p>
                    {request.extensionReason ? <p>{t('detail.extended.reason', { reason: request.extensionReason })}</p> : null}
                  </div>
                ) : null}
                {entry.note ? <p className="mt-1 whitespace-pre-line text-slate-800">{entry.note}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
