import 'server-only';
import type { Purpose, RequestType } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { applyConsentWithdrawal } from '@/lib/consent/withdrawal';
import { getDb, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { requireFreshVerification, type CustomerSession } from '@/lib/identity/sessions';
import { dispatchSoon, recordFulfilmentJob } from '@/lib/jobs/fulfilment-jobs';
import { sendRequestConfirmation } from './confirmation';
import { computeDueDate } from './deadlines';
import type { FileRequestInput } from './schema';

export interface FileRequestOptions {
  customerId: string;
  type: RequestType;
  /** Absent: every call of the customer. */
  recordingIds?: string[];
  purposes?: Purpose[];
  message?: string;
  receivedAt?: Date;
}

/**
 * Files a data-subject request for an authorized customer: the legal clock starts at once
 * (rule 1) and the request names the calls it concerns. Ids that are not the customer's
 * are refused as not found, never revealed.
 */
export async function fileRequest(tx: Tx, options: FileRequestOptions) {
  const receivedAt = options.receivedAt ?? new Date();
  const calls = await tx.recording.findMany({
    where: { customerId: options.customerId, ...(options.recordingIds ? { id: { in: options.recordingIds } } : {}) },
    select: { id: true },
  });
  if (options.recordingIds && calls.length !== new Set(options.recordingIds).size) {
    throw new AppError('not_found', 'a named recording is not the customer’s', { fieldErrors: [{ field: 'recordingIds', message: 'contains a call that is not yours or does not exist' }] });
  }
  const dueAt = computeDueDate(receivedAt);
  const request = await tx.dataSubjectRequest.create({
    data: {
      customerId: options.customerId,
      type: options.type,
      receivedAt,
      dueAt,
      originalDueAt: dueAt,
      allRecordings: !options.recordingIds,
      purposes: options.purposes ?? [],
      message: options.message,
      recordings: { createMany: { data: calls.map((call) => ({ recordingId: call.id })) } },
      events: { create: { kind: 'received', at: receivedAt, actorType: 'customer' } },
    },
  });
  await appendAuditEvent(tx, {
    type: 'request.filed',
    actorType: 'customer',
    actorId: options.customerId,
    customerId: options.customerId,
    requestId: request.id,
    details: { type: options.type, recordings: calls.length, dueAt: dueAt.toISOString() },
  });
  return request;
}

/**
 * A request filed by the signed-in customer (portal or API). An erasure needs a fresh
 * verification (rule 9). A consent withdrawal takes effect at once and is completed at once;
 * the erasure of calls recorded on that consent alone follows as its own work.
 */
export async function fileCustomerRequest(session: CustomerSession, input: FileRequestInput) {
  if (input.type === 'erasure') requireFreshVerification(session);
  const db = await getDb();
  const request = await db.$transaction(async (tx) => {
    if (input.type !== 'consent_withdrawal') {
      return fileRequest(tx, { customerId: session.customerId, type: input.type, recordingIds: input.recordingIds, purposes: input.purposes, message: input.message });
    }
    const receivedAt = new Date();
    const filed = await fileRequest(tx, { customerId: session.customerId, type: 'consent_withdrawal', recordingIds: [], purposes: input.purposes, message: input.message, receivedAt });
    const outcomes = await applyConsentWithdrawal(tx, { customerId: session.customerId, purposes: input.purposes!, requestId: filed.id, at: receivedAt });
    await tx.requestRecording.createMany({ data: outcomes.map((o) => ({ requestId: filed.id, recordingId: o.recordingId, outcome: o.outcome })) });
    if (outcomes.some((o) => o.outcome === 'pending')) {
      await recordFulfilmentJob(tx, { kind: 'consent-erasure', requestId: filed.id, dedupeKey: `consent-erasure:${filed.id}` });
    }
    const completed = await tx.dataSubjectRequest.update({
      where: { id: filed.id },
      data: { status: 'completed', closedAt: receivedAt, allRecordings: true, events: { create: { kind: 'completed', actorType: 'system', note: null } } },
    });
    await appendAuditEvent(tx, { type: 'request.status_changed', actorType: 'customer', actorId: session.customerId, customerId: session.customerId, requestId: filed.id, details: { status: 'completed', callsConcerned: outcomes.length } });
    return completed;
  });
  dispatchSoon();
  await sendRequestConfirmation(session, request);
  return request;
}
