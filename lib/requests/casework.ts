import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { StaffPrincipal } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { endOpenPause } from './clock';

/**
 * The daily work on a request that decides nothing: assignment, internal notes, messages to
 * the customer, and the clock pause while the company waits for the customer (rule 3).
 */

async function openRequest(requestId: string) {
  const db = await getDb();
  const request = await db.dataSubjectRequest.findUnique({ where: { id: requestId }, select: { id: true, status: true, customerId: true, dueAt: true } });
  if (!request) throw new AppError('not_found', `request ${requestId}`);
  if (!['received', 'in_progress', 'extended'].includes(request.status)) throw new AppError('conflict', `request ${requestId} is ${request.status}`);
  return request;
}

export async function assignRequest(staff: StaffPrincipal, requestId: string, assigneeId: string | null) {
  const request = await openRequest(requestId);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    if (assigneeId && !(await tx.staffUser.findFirst({ where: { id: assigneeId, active: true }, select: { id: true } }))) throw new AppError('validation_failed', 'unknown assignee', { fieldErrors: [{ field: 'assigneeId', message: 'is not an active staff member' }] });
    await tx.dataSubjectRequest.update({
      where: { id: requestId },
      data: { assigneeId, status: request.status === 'received' ? 'in_progress' : request.status, events: { create: { kind: 'assigned', actorType: 'staff', actorStaffId: staff.staffUserId, visibleToCustomer: false } } },
    });
    await appendAuditEvent(tx, { type: 'request.status_changed', actorType: 'staff', actorId: staff.staffUserId, customerId: request.customerId, requestId, details: { assigneeId } });
  });
}

export async function addInternalNote(staff: StaffPrincipal, requestId: string, note: string) {
  const db = await getDb();
  const request = await db.dataSubjectRequest.findUnique({ where: { id: requestId }, select: { id: true } });
  if (!request) throw new AppError('not_found', `request ${requestId}`);
  await db.requestEvent.create({ data: { requestId, kind: 'note', note, actorType: 'staff', actorStaffId: staff.staffUserId, visibleToCustomer: false } });
}

/**
 * A message the customer reads in the portal. Asking them for information (awaitingReply)
 * pauses the legal clock until they answer; the pause is recorded and shown.
 */
export async function messageCustomer(staff: StaffPrincipal, requestId: string, options: { text: string; awaitingReply: boolean }) {
  const request = await openRequest(requestId);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.requestEvent.create({ data: { requestId, kind: 'message_to_customer', note: options.text, actorType: 'staff', actorStaffId: staff.staffUserId } });
    if (options.awaitingReply && !(await tx.clockPause.findFirst({ where: { requestId, endedAt: null } }))) {
      await tx.clockPause.create({ data: { requestId, startedAt: new Date(), reason: 'awaiting_customer' } });
      await tx.requestEvent.create({ data: { requestId, kind: 'paused', actorType: 'staff', actorStaffId: staff.staffUserId } });
      await appendAuditEvent(tx, { type: 'request.status_changed', actorType: 'staff', actorId: staff.staffUserId, customerId: request.customerId, requestId, details: { clock: 'paused' } });
    }
  });
}

/** The customer's answer: it ends a pause, and the due date moves by the days the clock stood still. */
export async function customerReplies(customerId: string, requestId: string, text: string) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const request = await tx.dataSubjectRequest.findFirst({ where: { id: requestId, customerId }, select: { id: true } });
    if (!request) throw new AppError('not_found', `request ${requestId}`);
    await tx.requestEvent.create({ data: { requestId, kind: 'message_from_customer', note: text, actorType: 'customer' } });
    const pausedDays = await endOpenPause(tx, { requestId, customerId, at: new Date(), actorType: 'customer', actorId: customerId, because: 'customer_replied' });
    if (pausedDays !== null) await tx.requestEvent.create({ data: { requestId, kind: 'resumed', actorType: 'customer' } });
  });
}
