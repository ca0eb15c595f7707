import 'server-only';
import type { Purpose, RequestType } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { computeDueDate } from './deadlines';

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
