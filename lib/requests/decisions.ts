import 'server-only';
import type { RecordingOutcome, RequestStatus } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { StaffPrincipal } from '@/lib/auth';
import { getDb, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { deleteErasedObjects, eraseRecordings } from '@/lib/fulfilment/erasure';
import { issueErasureCertificate } from '@/lib/fulfilment/erasure-certificate';
import { dispatchSoon, recordFulfilmentJob } from '@/lib/jobs/fulfilment-jobs';
import { queueRecipientNoticesFor } from '@/lib/recipients/notifications';
import { can } from '@/lib/staff/policy';
import { endOpenPause } from './clock';
import { computeDueDate, latestExtendedDueDate } from './deadlines';
import { objectionNotApplicableReasons, type LegalGround, type SystemDecisionReason, type ObjectionNotApplicableReason } from './legal-grounds';
import { notifyCustomerOfDecision } from './notices';

/**
 * Staff decisions on a request (rules 1–5, 15–18). An agent may approve what destroys
 * nothing; an erasure approval or a rejection by an agent becomes a proposal that a DPO
 * confirms (four eyes). Acting on an ended request is a conflict.
 */

const openStatuses: RequestStatus[] = ['received', 'in_progress', 'extended'];
const dayMs = 86_400_000;

export type DecisionAction =
  | { action: 'approve' }
  | { action: 'reject'; reason: string; legalGround: LegalGround }
  | { action: 'extend'; reason: string; extendByDays: number };

export interface DecisionResult {
  status: RequestStatus;
  /** Set when an agent's decision waits for a DPO. */
  proposalId?: string;
}

async function loadOpenRequest(tx: Tx, requestId: string) {
  // Two staff deciding at once: the second waits here and then finds the request ended, so
  // an erasure, its audit events and its certificate are written once.
  await tx.$executeRaw`SELECT 1 FROM requests WHERE id = ${requestId} FOR UPDATE`;
  const request = await tx.dataSubjectRequest.findUnique({ where: { id: requestId }, include: { recordings: true, pauses: true } });
  if (!request) throw new AppError('not_found', `request ${requestId}`);
  if (!openStatuses.includes(request.status)) throw new AppError('conflict', `request ${requestId} already ${request.status}`);
  return request;
}

function needsFourEyes(staff: StaffPrincipal, decision: DecisionAction, type: string): boolean {
  const destructiveOrNegative = decision.action === 'reject' || (decision.action === 'approve' && type === 'erasure');
  return destructiveOrNegative && !can(staff.roles, 'requests.decide');
}

export async function decideRequest(staff: StaffPrincipal, requestId: string, decision: DecisionAction): Promise<DecisionResult> {
  const db = await getDb();
  const storageKeys: (string | undefined)[] = [];
  const result = await db.$transaction(async (tx) => {
    const request = await loadOpenRequest(tx, requestId);
    if (decision.action === 'extend' && !can(staff.roles, 'requests.decide')) throw new AppError('forbidden', 'only a DPO extends');
    if (needsFourEyes(staff, decision, request.type)) return proposeDecision(tx, staff, request.id, request.customerId, decision);
    if (decision.action === 'extend') return extendRequest(tx, staff, request, decision);
    if (decision.action === 'reject') return rejectRequest(tx, staff, request.id, request.customerId, decision);
    return approveRequest(tx, staff, request, storageKeys);
  });
  await deleteErasedObjects(storageKeys);
  dispatchSoon();
  await notifyCustomerOfDecision(requestId, result.status, result.proposalId !== undefined);
  return result;
}

async function proposeDecision(tx: Tx, staff: StaffPrincipal, requestId: string, customerId: string, decision: DecisionAction): Promise<DecisionResult> {
  const pending = await tx.decisionProposal.findFirst({ where: { requestId, resolvedAt: null } });
  if (pending) throw new AppError('conflict', `request ${requestId} already has a proposal waiting`);
  const proposal = await tx.decisionProposal.create({
    data: { requestId, action: decision.action, reason: 'reason' in decision ? decision.reason : null, legalGround: 'legalGround' in decision ? decision.legalGround : null, preparedById: staff.staffUserId },
  });
  await tx.requestEvent.create({ data: { requestId, kind: 'decision_proposed', note: decision.action, actorType: 'staff', actorStaffId: staff.staffUserId, visibleToCustomer: false } });
  await appendAuditEvent(tx, { type: 'request.decision_proposed', actorType: 'staff', actorId: staff.staffUserId, customerId, requestId, details: { action: decision.action, proposalId: proposal.id } });
  const { status } = await tx.dataSubjectRequest.update({ where: { id: requestId }, data: { status: 'in_progress' }, select: { status: true } });
  return { status, proposalId: proposal.id };
}

/** A DPO confirms (or declines) an agent's proposal; never their own. */
export async function resolveProposal(staff: StaffPrincipal, proposalId: string, confirm: boolean): Promise<DecisionResult> {
  if (!can(staff.roles, 'requests.decide')) throw new AppError('forbidden', 'only a DPO confirms');
  const db = await getDb();
  const proposal = await db.decisionProposal.findUnique({ where: { id: proposalId } });
  if (!proposal || proposal.resolvedAt) throw new AppError('not_found', `open proposal ${proposalId}`);
  if (proposal.preparedById === staff.staffUserId) throw new AppError('forbidden', 'four eyes: the preparer cannot confirm');
  await db.decisionProposal.update({ where: { id: proposalId }, data: { resolvedAt: new Date(), resolvedById: staff.staffUserId, resolution: confirm ? 'confirmed' : 'declined' } });
  if (!confirm) {
    const request = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: proposal.requestId }, select: { status: true } });
    return { status: request.status };
  }
  const decision: DecisionAction = proposal.action === 'reject' ? { action: 'reject', reason: proposal.reason ?? '', legalGround: proposal.legalGround as LegalGround } : { action: 'approve' };
  return decideRequest(staff, proposal.requestId, decision);
}

async function rejectRequest(tx: Tx, staff: StaffPrincipal, requestId: string, customerId: string, decision: Extract<DecisionAction, { action: 'reject' }>): Promise<DecisionResult> {
  const now = new Date();
  await endOpenPause(tx, { requestId, customerId, at: now, actorType: 'staff', actorId: staff.staffUserId, because: 'request_closed' });
  await tx.dataSubjectRequest.update({
    where: { id: requestId },
    data: {
      status: 'rejected',
      decisionReason: decision.reason,
      legalGround: decision.legalGround,
      decidedAt: now,
      decidedById: staff.staffUserId,
      closedAt: now,
      events: { create: { kind: 'rejected', note: decision.reason, actorType: 'staff', actorStaffId: staff.staffUserId } },
    },
  });
  await appendAuditEvent(tx, { type: 'request.status_changed', actorType: 'staff', actorId: staff.staffUserId, customerId, requestId, details: { status: 'rejected', legalGround: decision.legalGround } });
  return { status: 'rejected' };
}

/** Rule 2: only before the original due date, by at most two months in all, with a reason the customer reads. */
async function extendRequest(tx: Tx, staff: StaffPrincipal, request: Awaited<ReturnType<typeof loadOpenRequest>>, decision: Extract<DecisionAction, { action: 'extend' }>): Promise<DecisionResult> {
  const now = new Date();
  if (now > request.originalDueAt) throw new AppError('conflict', 'extension after the original due date', { fieldErrors: [{ field: 'extendByDays', message: 'the original due date has passed: no extension is possible' }] });
  const pausedDays = request.pauses.reduce((days, pause) => days + Math.ceil(((pause.endedAt ?? now).getTime() - pause.startedAt.getTime()) / dayMs), 0);
  const latest = latestExtendedDueDate(request.receivedAt, pausedDays);
  const wanted = new Date(request.dueAt.getTime() + decision.extendByDays * dayMs);
  if (wanted > latest) throw new AppError('validation_failed', 'extension past three months', { fieldErrors: [{ field: 'extendByDays', message: `would pass ${latest.toISOString()}, the latest date the law allows` }] });
  const dueAt = computeDueDate(wanted, 0);
  await tx.dataSubjectRequest.update({
    where: { id: request.id },
    data: { status: 'extended', dueAt, extensionReason: decision.reason, extendedAt: now, events: { create: { kind: 'extended', note: decision.reason, actorType: 'staff', actorStaffId: staff.staffUserId } } },
  });
  await appendAuditEvent(tx, { type: 'request.extended', actorType: 'staff', actorId: staff.staffUserId, customerId: request.customerId, requestId: request.id, details: { dueAt: dueAt.toISOString() } });
  return { status: 'extended' };
}

const keptReason: Partial<Record<RecordingOutcome, string>> = {
  kept_legal_hold: 'art_17_3_e_legal_claims',
  kept_legal_obligation: 'art_17_3_b_legal_obligation',
};

/** The calls of an objection that Art. 21 does not reach (not kept on legitimate interest), each with the reason told to the customer. */
async function callsOutsideObjection(tx: Tx, recordingIds: string[]): Promise<Map<string, ObjectionNotApplicableReason>> {
  const calls = await tx.recording.findMany({ where: { id: { in: recordingIds }, legalBasis: { not: 'legitimate_interest' } }, select: { id: true, legalBasis: true } });
  return new Map(calls.map((call) => [call.id, objectionNotApplicableReasons[call.legalBasis as keyof typeof objectionNotApplicableReasons]]));
}

async function approveRequest(tx: Tx, staff: StaffPrincipal, request: Awaited<ReturnType<typeof loadOpenRequest>>, storageKeys: (string | undefined)[]): Promise<DecisionResult> {
  const now = new Date();
  const callIds = request.recordings.map((item) => item.recordingId);
  const erasure = request.type === 'erasure' ? await eraseRecordings(tx, callIds, { cause: 'request', requestId: request.id, staffUserId: staff.staffUserId, at: now }) : undefined;
  storageKeys.push(...(erasure?.storageKeysToDelete ?? []));
  const outcomes: RecordingOutcome[] = [];
  const notObjectable = request.type === 'objection' ? await callsOutsideObjection(tx, callIds) : new Map<string, ObjectionNotApplicableReason>();
  for (const recordingId of callIds) {
    let outcome: RecordingOutcome;
    if (erasure) {
      outcome = erasure.outcomes.get(recordingId) ?? 'erased';
    } else if (notObjectable.has(recordingId)) {
      outcome = 'not_applicable';
    } else if (request.type === 'restriction' || request.type === 'objection') {
      await tx.recording.updateMany({ where: { id: recordingId, status: 'available' }, data: { status: 'restricted' } });
      await queueRecipientNoticesFor(tx, [recordingId], 'restriction', request.id);
      await appendAuditEvent(tx, { type: 'recording.restricted', actorType: 'staff', actorId: staff.staffUserId, customerId: request.customerId, recordingId, requestId: request.id, details: { requestType: request.type } });
      outcome = request.type === 'objection' ? 'processing_stopped' : 'restricted';
    } else {
      outcome = 'included';
    }
    outcomes.push(outcome);
    await tx.requestRecording.update({
      where: { requestId_recordingId: { requestId: request.id, recordingId } },
      data: { outcome, outcomeReason: notObjectable.get(recordingId) ?? keptReason[outcome] ?? null, decidedAt: now },
    });
  }
  // An access package is built by the fulfilment job; until it is ready the request is in progress.
  if (request.type === 'access') await recordFulfilmentJob(tx, { kind: 'access-package', requestId: request.id, dedupeKey: `access-package:${request.id}` });
  const someKept = outcomes.some((outcome) => outcome.startsWith('kept_'));
  const partial = someKept || notObjectable.size > 0;
  const status: RequestStatus = request.type === 'access' ? 'in_progress' : partial ? 'partially_completed' : 'completed';
  if (status !== 'in_progress') await endOpenPause(tx, { requestId: request.id, customerId: request.customerId, at: now, actorType: 'staff', actorId: staff.staffUserId, because: 'request_closed' });
  await tx.dataSubjectRequest.update({
    where: { id: request.id },
    data: {
      status,
      decidedAt: now,
      decidedById: staff.staffUserId,
      closedAt: status === 'in_progress' ? null : now,
      decisionReason: someKept ? ('some_calls_kept' satisfies SystemDecisionReason) : partial ? ('some_calls_not_objectable' satisfies SystemDecisionReason) : null,
      events: { create: { kind: status === 'in_progress' ? 'approved' : status, actorType: 'staff', actorStaffId: staff.staffUserId } },
    },
  });
  const statusChangeSeq = await appendAuditEvent(tx, { type: 'request.status_changed', actorType: 'staff', actorId: staff.staffUserId, customerId: request.customerId, requestId: request.id, details: { status, calls: outcomes.length } });
  if (erasure && (status === 'completed' || status === 'partially_completed')) {
    await issueErasureCertificate(tx, { requestId: request.id, status, at: now, decidedBy: staff, erasure, statusChangeSeq });
  }
  return { status };
}
