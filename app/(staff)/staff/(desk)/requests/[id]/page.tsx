import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Badge } from '@/components/staff/badge';
import { Disclosure } from '@/components/staff/disclosure';
import { AssignForm, MessageForm, NoteForm } from '@/components/staff/casework-forms';
import { formatDateTime, formatDay, formatDuration, formatShortDateTime, formatShortDay } from '@/components/staff/dates';
import { ApproveForm, ExtendForm, ProposalForm, RejectForm } from '@/components/staff/decision-forms';
import { FlashMessage } from '@/components/staff/flash-message';
import { FocusHeading } from '@/components/staff/focus-heading';
import { requestDoneKeys } from '@/components/staff/form-state';
import { LiftHoldForm, PlaceHoldForm } from '@/components/staff/hold-forms';
import { ListenPanel } from '@/components/staff/listen-panel';
import { Notice } from '@/components/notice';
import { DaysLeftBadge, InternalBadge, openStatuses, PausedBadge, StatusBadge } from '@/components/staff/request-badges';
import { card, container, dd, dt, lawNote, pageTitle, sectionTitle, smallButton, subTitle, table, td, textLink, th } from '@/components/staff/ui';
import type { RecordingOutcome, RecordingStatus, RequestType } from '@/generated/prisma/client';
import { requireStaff } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { previewErasure, type ErasurePreview } from '@/lib/fulfilment/erasure-preview';
import { latestExtendedDueDate } from '@/lib/requests/deadlines';
import { isObjectionNotApplicableReason, legalGrounds, systemDecisionReasonKey, type LegalGround } from '@/lib/requests/legal-grounds';
import { getStaffRequest, listAssignableStaff, type StaffRequestDetail } from '@/lib/requests/staff-queries';
import { can } from '@/lib/staff/policy';
import { ScrollRegion } from '@/components/scroll-region';
import {
  approveAction,
  assignAction,
  extendAction,
  liftHoldAction,
  messageAction,
  noteAction,
  placeHoldAction,
  rejectAction,
  resolveProposalAction,
} from './actions';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;
const dayMs = 86_400_000;
const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const searchSchema = z.object({
  done: z.preprocess(one, z.enum(requestDoneKeys).optional().catch(undefined)),
  listen: z.preprocess(one, z.string().regex(idPattern).optional().catch(undefined)),
  hold: z.preprocess(one, z.string().regex(idPattern).optional().catch(undefined)),
});

/** Grounds that can apply to each kind of request; the select offers only these. */
const groundsByType: Record<RequestType, readonly LegalGround[]> = {
  access: ['art_12_5_manifestly_unfounded', 'art_12_5_excessive', 'art_12_6_identity_not_confirmed', 'art_15_4_rights_of_others'],
  erasure: ['art_17_3_b_legal_obligation', 'art_17_3_e_legal_claims', 'art_12_5_manifestly_unfounded', 'art_12_5_excessive', 'art_12_6_identity_not_confirmed'],
  restriction: ['art_12_5_manifestly_unfounded', 'art_12_5_excessive', 'art_12_6_identity_not_confirmed'],
  objection: ['art_21_1_compelling_grounds', 'art_12_5_manifestly_unfounded', 'art_12_5_excessive', 'art_12_6_identity_not_confirmed'],
  consent_withdrawal: ['art_12_6_identity_not_confirmed'],
};

const knownEventKinds = [
  'received',
  'assigned',
  'note',
  'message_to_customer',
  'message_from_customer',
  'paused',
  'resumed',
  'extended',
  'approved',
  'in_progress',
  'completed',
  'partially_completed',
  'rejected',
  'decision_proposed',
] as const;
type EventKind = (typeof knownEventKinds)[number];
const jobKinds = ['access-package', 'consent-erasure', 'retention-purge', 'package-expiry'] as const;

async function loadRequest(id: string): Promise<StaffRequestDetail> {
  if (!idPattern.test(id)) notFound();
  try {
    return await getStaffRequest(id);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await requireStaff('requests.view');
  const request = await loadRequest((await params).id);
  const t = await getTranslations('staffRequest');
  const queue = await getTranslations('queue');
  return { title: t('metaTitle', { type: queue(`type.${request.type}`), customer: request.customer.customerNumber }) };
}

type Call = StaffRequestDetail['recordings'][number]['recording'];

function activeHolds(call: Call, now: Date) {
  return call.holds.filter((hold) => !hold.endsAt || hold.endsAt > now);
}

/** Shown only on an erasure's confirmation step; other requests destroy nothing. */
const nothingToErase: ErasurePreview = { erasable: 0, kept: 0, recipients: [] };

export default async function StaffRequestPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const staff = await requireStaff('requests.view');
  const request = await loadRequest((await params).id);
  const { done, listen, hold } = searchSchema.parse(await searchParams);
  const [assignable, t, queue, grounds, format] = await Promise.all([
    listAssignableStaff(),
    getTranslations('staffRequest'),
    getTranslations('queue'),
    getTranslations('legalGrounds'),
    getFormatter(),
  ]);
  const now = new Date();

  const open = openStatuses.includes(request.status);
  const openPause = request.pauses.find((pause) => !pause.endedAt);
  const pausedDays = request.pauses.reduce((days, pause) => days + Math.ceil(((pause.endedAt ?? now).getTime() - pause.startedAt.getTime()) / dayMs), 0);
  const latestDue = latestExtendedDueDate(request.receivedAt, pausedDays);
  const pending = request.proposals.filter((proposal) => !proposal.resolvedAt);
  const mayWork = can(staff.roles, 'requests.work');
  const mayApprove = can(staff.roles, 'requests.approve');
  const mayPropose = can(staff.roles, 'requests.propose');
  const mayDecide = can(staff.roles, 'requests.decide');
  const mayPlay = can(staff.roles, 'recordings.play');
  const mayHold = can(staff.roles, 'holds.manage');
  const mayAct = mayPlay || mayHold;
  const canExtend = open && mayDecide && now <= request.originalDueAt && request.dueAt < latestDue;
  const showDecisions = open && pending.length === 0 && (mayApprove || mayPropose);
  const impact = request.type === 'erasure' && open ? await previewErasure(request.id, now) : nothingToErase;
  const typeName = queue(`type.${request.type}`);

  const names = new Map<string, string>(assignable.map((member) => [member.id, member.name]));
  for (const proposal of request.proposals) names.set(proposal.preparedById, proposal.preparedBy.name);
  const staffName = (id: string | null | undefined) => (id ? (names.get(id) ?? t('actor.staff')) : t('actor.staff'));
  const groundText = (ground: string | null) => (ground && (legalGrounds as readonly string[]).includes(ground) ? grounds(ground as LegalGround) : ground);
  const decisionReasonText = (reason: string) => {
    const key = systemDecisionReasonKey(reason);
    return key ? t(`decision.${key}`) : reason;
  };

  const calls = [...request.recordings].sort((a, b) => b.recording.startedAt.getTime() - a.recording.startedAt.getTime());
  const listenCall = listen ? calls.find((item) => item.recording.id === listen)?.recording : undefined;
  const holdCall = hold && mayHold ? calls.find((item) => item.recording.id === hold)?.recording : undefined;
  const callName = (call: Call) => t('calls.callOn', { date: formatShortDateTime(format, call.startedAt) });
  const baseHref = `/staff/requests/${request.id}`;

  // On a closed request a call still "pending" was left as it was (e.g. the request was refused).
  const outcomeText = (outcome: RecordingOutcome) => (outcome === 'pending' && !open ? t('outcome.unchanged') : t(`outcome.${outcome}`));
  const recordingStatusText = (status: RecordingStatus) => t(`recordingStatus.${status}`);
  const eventLabel = (kind: string) => ((knownEventKinds as readonly string[]).includes(kind) ? t(`timeline.kind.${kind as EventKind}`) : t('timeline.kind.other', { kind }));

  return (
    <div className={`${container} py-5`}>
      <p>
        <Link href="/staff/requests" className={`${textLink} text-sm`}>
          {t('back')}
        </Link>
      </p>

      {done ? (
        <div className="mt-3">
          <FlashMessage>
            <p>{t(`done.${done}`)}</p>
          </FlashMessage>
        </div>
      ) : null}

      {/* ── Header: what, whose, by when ───────────────────────────────── */}
      <section aria-labelledby="request-title" className={`${card} mt-3`}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 id="request-title" className={pageTitle}>
              {t('title', { type: typeName })}
            </h1>
            <p className="mt-1 text-sm text-slate-700">
              <span className="font-mono">{request.customer.customerNumber}</span> · {request.customer.fullName}
              <span className="mx-2 text-slate-400" aria-hidden="true">
                |
              </span>
              <span className="text-slate-600">{t('requestId')}</span> <span className="font-mono text-xs">{request.id}</span>
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={request.status} />
            {open ? <DaysLeftBadge dueAt={request.dueAt} now={now} /> : null}
            {open && openPause ? <PausedBadge /> : null}
          </div>
        </div>

        <div className="mt-4 grid gap-5 lg:grid-cols-[minmax(0,1fr)_21rem]">
          <div className="min-w-0">
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 xl:grid-cols-4">
              <div>
                <dt className={dt}>{t('facts.received')}</dt>
                <dd className={dd}>{formatDateTime(format, request.receivedAt)}</dd>
              </div>
              <div>
                <dt className={dt}>{open ? t('facts.due') : t('facts.closed')}</dt>
                <dd className={dd}>
                  {open ? (
                    <>
                      <time dateTime={request.dueAt.toISOString()} className="font-semibold">
                        {formatDay(format, request.dueAt)}
                      </time>
                      {request.extendedAt ? <span className="block text-xs text-slate-600">{t('facts.originalDue', { date: formatDay(format, request.originalDueAt) })}</span> : null}
                    </>
                  ) : (
                    formatDateTime(format, request.closedAt ?? request.updatedAt)
                  )}
                </dd>
              </div>
              <div>
                <dt className={dt}>{t('facts.assignee')}</dt>
                <dd className={dd}>{request.assignee?.name ?? <span className="text-slate-600 italic">{queue('unassigned')}</span>}</dd>
              </div>
              <div>
                <dt className={dt}>{t('facts.scope')}</dt>
                <dd className={dd}>{t('facts.calls', { count: request.recordings.length })}</dd>
              </div>
              {request.purposes.length > 0 ? (
                <div className="sm:col-span-2">
                  <dt className={dt}>{t('facts.purposes')}</dt>
                  <dd className={dd}>{format.list(request.purposes.map((purpose) => t(`purpose.${purpose}`)))}</dd>
                </div>
              ) : null}
              {request.message ? (
                <div className="sm:col-span-2 xl:col-span-4">
                  <dt className={dt}>{t('facts.customerMessage')}</dt>
                  <dd className={`${dd} whitespace-pre-line`}>{request.message}</dd>
                </div>
              ) : null}
            </dl>

            <div className="mt-4 space-y-2">
              {open && openPause ? (
                <Notice size="compact" tone="warning" title={t('pause.title')}>
                  <p>{t('pause.body', { date: formatDateTime(format, openPause.startedAt), days: Math.ceil((now.getTime() - openPause.startedAt.getTime()) / dayMs) })}</p>
                </Notice>
              ) : null}
              {request.extendedAt ? (
                <Notice size="compact" tone="info" title={t('extension.title')}>
                  <p>{t('extension.body', { date: formatDay(format, request.extendedAt), original: formatDay(format, request.originalDueAt), due: formatDay(format, request.dueAt) })}</p>
                  {request.extensionReason ? <p>{t('extension.reason', { reason: request.extensionReason })}</p> : null}
                </Notice>
              ) : null}
              {request.pauses.some((pause) => pause.endedAt) ? (
                <div className="text-sm text-slate-700">
                  <p className="font-semibold text-slate-900">{t('pause.history')}</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {request.pauses
                      .filter((pause) => pause.endedAt)
                      .map((pause) => (
                        <li key={pause.id}>
                          {t('pause.item', {
                            from: formatShortDateTime(format, pause.startedAt),
                            to: formatShortDateTime(format, pause.endedAt!),
                            days: Math.ceil((pause.endedAt!.getTime() - pause.startedAt.getTime()) / dayMs),
                          })}
                        </li>
                      ))}
                  </ul>
                </div>
              ) : null}
            </div>
          </div>
          <section aria-labelledby="customer-title" className="border-t border-slate-100 pt-4 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-5">
            <h2 id="customer-title" className={subTitle}>
              {t('customer.title')}
            </h2>
            <p className="mt-0.5 text-xs text-slate-600">{t('customer.verified')}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2">
              <div>
                <dt className={dt}>{t('customer.number')}</dt>
                <dd className={`${dd} font-mono`}>{request.customer.customerNumber}</dd>
              </div>
              <div>
                <dt className={dt}>{t('customer.name')}</dt>
                <dd className={dd}>{request.customer.fullName}</dd>
              </div>
              {request.customer.email ? (
                <div className="col-span-2">
                  <dt className={dt}>{t('customer.email')}</dt>
                  <dd className={`${dd} break-all`}>{request.customer.email}</dd>
                </div>
              ) : null}
            </dl>
            <h3 className="mt-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t('customer.lines')}</h3>
            <ul className="mt-1 space-y-1">
              {request.customer.lines.map((line) => (
                <li key={`${line.phone}-${line.activeFrom.toISOString()}`} className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                  <span className="font-mono font-semibold text-slate-900">{line.phone}</span>
                  <span className="text-xs text-slate-700">
                    {line.activeTo
                      ? t('customer.window', { from: formatShortDay(format, line.activeFrom), to: formatShortDay(format, line.activeTo) })
                      : t('customer.windowOpen', { from: formatShortDay(format, line.activeFrom) })}
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-slate-600">{t('customer.windowNote')}</p>
          </section>
        </div>
      </section>

      {/* ── Four eyes: proposals waiting for a DPO ─────────────────────── */}
      {request.proposals.length > 0 ? (
        <section aria-labelledby="proposals-title" className={`${card} mt-4 ${pending.length ? 'border-amber-300' : ''}`}>
          <h2 id="proposals-title" className={sectionTitle}>
            {t('proposals.title')}
          </h2>
          <ul className="mt-3 divide-y divide-slate-100">
            {request.proposals.map((proposal) => {
              const own = proposal.preparedById === staff.staffUserId;
              const isPending = !proposal.resolvedAt;
              return (
                <li key={proposal.id} className="py-3 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-center gap-2">
                    <p className={subTitle}>{t(`proposals.action.${proposal.action === 'reject' ? 'reject' : 'approve'}`, { type: typeName })}</p>
                    {isPending ? (
                      <Badge tone="amber">{t('proposals.pending')}</Badge>
                    ) : (
                      <Badge tone={proposal.resolution === 'confirmed' ? 'green' : 'slate'}>{proposal.resolution === 'confirmed' ? t('proposals.confirmed') : t('proposals.declined')}</Badge>
                    )}
                  </div>
                  <p className="mt-0.5 text-sm text-slate-700">{t('proposals.by', { name: proposal.preparedBy.name, date: formatShortDateTime(format, proposal.preparedAt) })}</p>
                  {proposal.legalGround ? <p className="mt-1 text-sm text-slate-800">{t('proposals.ground', { ground: groundText(proposal.legalGround) ?? '' })}</p> : null}
                  {proposal.reason ? <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{t('proposals.reason', { reason: proposal.reason })}</p> : null}
                  {isPending && open ? (
                    <div className="mt-3">
                      {mayDecide && !own ? (
                        <ProposalForm
                          requestId={request.id}
                          proposalId={proposal.id}
                          action={resolveProposalAction}
                          erasure={proposal.action === 'approve' && request.type === 'erasure'}
                          impact={impact}
                        />
                      ) : (
                        <p className="text-sm text-slate-700">{own ? t('proposals.ownWaiting') : t('proposals.waiting')}</p>
                      )}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {/* ── The calls concerned ───────────────────────────────────── */}
      <section aria-labelledby="calls-title" className={`${card} mt-4`}>
        <h2 id="calls-title" className={sectionTitle}>
          {t('calls.title')}
        </h2>
        {calls.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t('calls.none')}</p>
        ) : (
          <ScrollRegion label={t('calls.tableLabel')} className="mt-3 rounded-lg border border-slate-200">
            <table className={`${table} min-w-[52rem]`}>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t('calls.columns.call')}
                  </th>
                  <th scope="col" className={th}>
                    {t('calls.columns.basis')}
                  </th>
                  <th scope="col" className={th}>
                    {t('calls.columns.retention')}
                  </th>
                  <th scope="col" className={th}>
                    {t('calls.columns.status')}
                  </th>
                  <th scope="col" className={th}>
                    {t('calls.columns.holds')}
                  </th>
                  <th scope="col" className={th}>
                    {t('calls.columns.recipients')}
                  </th>
                  {mayAct ? (
                    <th scope="col" className={th}>
                      <span className="sr-only">{t('calls.columns.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {calls.map(({ recording: call, outcome, outcomeReason }) => {
                  const holds = activeHolds(call, now);
                  const selected = call.id === listen || call.id === hold;
                  return (
                    <tr key={call.id} className={selected ? 'bg-brand-50' : undefined}>
                      <th scope="row" className={`${td} font-normal`}>
                        <span className="block font-semibold whitespace-nowrap text-slate-900 tabular-nums">{formatShortDateTime(format, call.startedAt)}</span>
                        <span className="block text-xs text-slate-600">
                          {formatDuration(call.durationSeconds)} · {t(`direction.${call.direction}`)}
                          {call.agentName ? ` · ${call.agentName}` : ''}
                        </span>
                      </th>
                      <td className={td}>
                        <span className="block font-medium">{t(`basis.${call.legalBasis}`)}</span>
                        <span className="block text-xs text-slate-600">{format.list(call.purposes.map((purpose) => t(`purpose.${purpose}`)))}</span>
                      </td>
                      <td className={`${td} whitespace-nowrap tabular-nums`}>{call.status === 'erased' ? '—' : formatShortDay(format, call.retentionUntil)}</td>
                      <td className={td}>
                        <span className="block">{recordingStatusText(call.status)}</span>
                        <span className="block text-xs text-slate-600">{t('calls.outcome', { outcome: outcomeText(outcome) })}</span>
                        {outcomeReason ? <span className="block text-xs text-slate-600">{isObjectionNotApplicableReason(outcomeReason) ? t(`objectionNotApplicable.${outcomeReason}`) : groundText(outcomeReason)}</span> : null}
                      </td>
                      <td className={td}>
                        {holds.length === 0 ? (
                          <span className="text-slate-600">{t('calls.noHold')}</span>
                        ) : (
                          <ul className="space-y-1">
                            {holds.map((item) => (
                              <li key={item.id}>
                                <Badge tone="violet">{t('calls.held')}</Badge>
                                <span className="mt-0.5 block text-xs text-slate-700">{item.reason}</span>
                                <span className="block text-xs text-slate-600">
                                  {item.endsAt ? t('calls.holdUntil', { date: formatShortDay(format, item.endsAt) }) : t('calls.holdOpenEnded')}
                                </span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className={td}>
                        {call.recipients.length === 0 ? (
                          <span className="text-slate-600">{t('calls.noRecipients')}</span>
                        ) : (
                          <ul className="space-y-0.5 text-xs">
                            {call.recipients.map(({ recipient }) => (
                              <li key={recipient.name}>
                                <span className="font-medium text-slate-900">{recipient.name}</span> <span className="text-slate-600">({recipient.role})</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      {mayAct ? (
                        <td className={`${td} whitespace-nowrap`}>
                          <div className="flex flex-col items-start gap-1.5">
                            {mayPlay && call.status !== 'erased' ? (
                              <Link href={`${baseHref}?listen=${call.id}#listen`} scroll={false} className={smallButton}>
                                {t('calls.listen')}
                                <span className="sr-only">: {callName(call)}</span>
                              </Link>
                            ) : null}
                            {mayHold && call.status !== 'erased' ? (
                              <Link href={`${baseHref}?hold=${call.id}#hold`} scroll={false} className={smallButton}>
                                {holds.length ? t('calls.liftHold') : t('calls.placeHold')}
                                <span className="sr-only">: {callName(call)}</span>
                              </Link>
                            ) : null}
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}

        {listenCall && mayPlay && listenCall.status !== 'erased' ? (
          <section id="listen" aria-labelledby="listen-title" className="mt-4 scroll-mt-4 rounded-lg border border-brand-200 bg-brand-50/50 p-3 sm:p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <FocusHeading key={listenCall.id} id="listen-title" className={subTitle}>
                {t('listen.title', { call: callName(listenCall) })}
              </FocusHeading>
              <Link href={baseHref} scroll={false} className={`${textLink} text-sm`}>
                {t('closePanel')}
              </Link>
            </div>
            <div className="mt-3">
              <ListenPanel
                key={listenCall.id}
                recordingId={listenCall.id}
                restricted={listenCall.status === 'restricted'}
                durationSeconds={listenCall.durationSeconds}
                agentName={listenCall.agentName ?? undefined}
              />
            </div>
          </section>
        ) : null}

        {holdCall && holdCall.status !== 'erased' ? (
          <section id="hold" aria-labelledby="hold-title" className="mt-4 scroll-mt-4 rounded-lg border border-violet-200 bg-violet-50/50 p-3 sm:p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <FocusHeading key={holdCall.id} id="hold-title" className={subTitle}>
                {activeHolds(holdCall, now).length ? t('hold.liftTitle', { call: callName(holdCall) }) : t('hold.placeTitle', { call: callName(holdCall) })}
              </FocusHeading>
              <Link href={baseHref} scroll={false} className={`${textLink} text-sm`}>
                {t('closePanel')}
              </Link>
            </div>
            <p className={`mt-1 ${lawNote}`}>{t('hold.law')}</p>
            <div className="mt-3 max-w-xl">
              {activeHolds(holdCall, now).length ? (
                <LiftHoldForm key={holdCall.id} requestId={request.id} recordingId={holdCall.id} action={liftHoldAction} />
              ) : (
                <PlaceHoldForm key={holdCall.id} requestId={request.id} recordingId={holdCall.id} action={placeHoldAction} />
              )}
            </div>
          </section>
        ) : null}
      </section>

      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="min-w-0 space-y-4">
          {/* ── Timeline ──────────────────────────────────────────────── */}
          <section aria-labelledby="timeline-title" className={card}>
            <h2 id="timeline-title" className={sectionTitle}>
              {t('timeline.title')}
            </h2>
            <ol className="mt-3 divide-y divide-slate-100">
              {request.events.map((event) => (
                <li key={event.id} className="grid gap-x-4 gap-y-0.5 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[9.5rem_minmax(0,1fr)]">
                  <p className="text-xs text-slate-600 tabular-nums sm:pt-0.5">
                    <time dateTime={event.at.toISOString()}>{formatShortDateTime(format, event.at)}</time>
                  </p>
                  <div className="min-w-0">
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <p className="text-sm font-semibold text-slate-900">{eventLabel(event.kind)}</p>
                      {!event.visibleToCustomer ? <InternalBadge /> : null}
                      <p className="text-xs text-slate-600">
                        {event.actorType === 'staff' ? staffName(event.actorStaffId) : t(`actor.${event.actorType}`)}
                      </p>
                    </div>
                    {event.note ? (
                      <p className="mt-0.5 text-sm whitespace-pre-line text-slate-800">
                        {event.kind === 'decision_proposed' && (event.note === 'approve' || event.note === 'reject')
                          ? t(`proposals.action.${event.note}`, { type: typeName })
                          : event.note}
                      </p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          </section>

          {mayWork ? (
            <div className="grid gap-4 xl:grid-cols-2">
              {open ? (
                <section aria-labelledby="message-title" className={card}>
                  <h2 id="message-title" className={sectionTitle}>
                    {t('message.title')}
                  </h2>
                  <div className="mt-3">
                    <MessageForm requestId={request.id} action={messageAction} alreadyPaused={Boolean(openPause)} />
                  </div>
                </section>
              ) : null}
              <section aria-labelledby="note-title" className={card}>
                <h2 id="note-title" className={sectionTitle}>
                  {t('note.title')}
                </h2>
                <div className="mt-3">
                  <NoteForm requestId={request.id} action={noteAction} />
                </div>
              </section>
            </div>
          ) : null}
        </div>

        {/* ── Side: decision, assignment, customer ─────────────────────── */}
        <div className="min-w-0 space-y-4">
          <section aria-labelledby="decision-title" className={card}>
            <h2 id="decision-title" className={sectionTitle}>
              {t('decision.title')}
            </h2>
            {!open ? (
              <dl className="mt-3 space-y-2">
                <div>
                  <dt className={dt}>{t('decision.outcome')}</dt>
                  <dd className={dd}>
                    <StatusBadge status={request.status} />
                  </dd>
                </div>
                {request.decidedAt ? (
                  <div>
                    <dt className={dt}>{t('decision.decidedAt')}</dt>
                    <dd className={dd}>
                      {formatDateTime(format, request.decidedAt)}
                      {request.decidedById ? ` · ${staffName(request.decidedById)}` : ''}
                    </dd>
                  </div>
                ) : null}
                {request.legalGround ? (
                  <div>
                    <dt className={dt}>{t('decision.legalGround')}</dt>
                    <dd className={dd}>{groundText(request.legalGround)}</dd>
                  </div>
                ) : null}
                {request.decisionReason ? (
                  <div>
                    <dt className={dt}>{t('decision.reason')}</dt>
                    <dd className={`${dd} whitespace-pre-line`}>{decisionReasonText(request.decisionReason)}</dd>
                  </div>
                ) : null}
                {request.certificate ? (
                  <div>
                    <dt className={dt}>{t('certificate')}</dt>
                    <dd className={dd}>
                      <Link href={`${baseHref}/certificate`} className={textLink}>
                        {t('certificateIssued', { date: formatShortDateTime(format, request.certificate.issuedAt) })}
                      </Link>
                    </dd>
                  </div>
                ) : null}
              </dl>
            ) : pending.length > 0 ? (
              <p className="mt-2 text-sm text-slate-700">{t('decision.waitingForProposal')}</p>
            ) : !showDecisions && !canExtend ? (
              <p className="mt-2 text-sm text-slate-700">{t('decision.readOnly')}</p>
            ) : null}

            {showDecisions ? (
              <div className="mt-3 space-y-3">
                {mayApprove ? (
                  <div className="pb-1">
                    <h3 className={subTitle}>{t('decision.approveTitle')}</h3>
                    <div className="mt-2">
                      <ApproveForm
                        requestId={request.id}
                        action={approveAction}
                        type={request.type}
                        mode={request.type === 'erasure' && !mayDecide ? 'propose' : 'approve'}
                        impact={impact}
                      />
                    </div>
                  </div>
                ) : null}
                {mayPropose ? (
                  <Disclosure tone="danger" summary={mayDecide ? t('decision.rejectTitle') : t('decision.proposeRejectTitle')}>
                    <RejectForm
                      requestId={request.id}
                      action={rejectAction}
                      mode={mayDecide ? 'reject' : 'propose'}
                      grounds={groundsByType[request.type].map((value) => ({ value, label: grounds(value) }))}
                    />
                    <p className={`mt-2 ${lawNote}`}>{t('decision.rejectLaw')}</p>
                  </Disclosure>
                ) : null}
              </div>
            ) : null}

            {canExtend ? (
              <div className="mt-3">
                <Disclosure summary={t('decision.extendTitle')}>
                  <ExtendForm requestId={request.id} action={extendAction} originalDue={formatDay(format, request.originalDueAt)} latestDue={formatDay(format, latestDue)} />
                </Disclosure>
              </div>
            ) : null}
          </section>

          {mayWork && open ? (
            <section aria-labelledby="assign-title" className={card}>
              <h2 id="assign-title" className={sectionTitle}>
                {t('assign.title')}
              </h2>
              <div className="mt-3">
                <AssignForm requestId={request.id} action={assignAction} staff={assignable} currentAssigneeId={request.assignee?.id ?? null} myId={staff.staffUserId} />
              </div>
            </section>
          ) : null}


          {request.jobs.length > 0 ? (
            <section aria-labelledby="jobs-title" className={card}>
              <h2 id="jobs-title" className={sectionTitle}>
                {t('jobs.title')}
              </h2>
              <ul className="mt-2 space-y-1.5 text-sm">
                {request.jobs.map((job) => (
                  <li key={job.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>{(jobKinds as readonly string[]).includes(job.kind) ? t(`jobs.kind.${job.kind as (typeof jobKinds)[number]}`) : job.kind}</span>
                    <span className="text-slate-700">
                      {t(`jobs.status.${job.status}`)}
                      {job.total > 0 ? ` · ${job.progress}/${job.total}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
