import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { decodeCursor, encodeCursor } from '@/lib/recordings/queries';

export const customerRequestSelect = {
  id: true,
  type: true,
  status: true,
  receivedAt: true,
  dueAt: true,
  originalDueAt: true,
  extensionReason: true,
  purposes: true,
  message: true,
  decisionReason: true,
  legalGround: true,
  closedAt: true,
  packageExpiresAt: true,
  packageStorageKey: true,
  certificate: { select: { issuedAt: true } },
  recordings: { select: { recordingId: true, outcome: true, outcomeReason: true } },
  events: { where: { visibleToCustomer: true }, orderBy: { at: 'asc' }, select: { at: true, kind: true, note: true } },
  pauses: { orderBy: { startedAt: 'asc' }, select: { startedAt: true, endedAt: true, reason: true } },
} satisfies Prisma.DataSubjectRequestSelect;

export type CustomerRequestView = Prisma.DataSubjectRequestGetPayload<{ select: typeof customerRequestSelect }>;

/** The customer's requests, newest first; keyset-paginated like the calls. */
export async function listCustomerRequests(customerId: AuthorizedCustomerId, options: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const rows = await db.dataSubjectRequest.findMany({
    where: {
      customerId,
      ...(after ? { OR: [{ receivedAt: { lt: after.startedAt } }, { receivedAt: after.startedAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: options.limit + 1,
    select: customerRequestSelect,
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > options.limit && last ? encodeCursor({ startedAt: last.receivedAt, id: last.id }) : null };
}

export async function getCustomerRequest(customerId: AuthorizedCustomerId, requestId: string): Promise<CustomerRequestView> {
  const db = await getDb();
  const request = await db.dataSubjectRequest.findFirst({ where: { id: requestId, customerId }, select: customerRequestSelect });
  if (!request) throw new AppError('not_found', `request ${requestId} not visible to customer`);
  return request;
}

/** The API shape of api-v1.md ("GET /me/requests"). */
export function toApiRequest(request: CustomerRequestView) {
  return {
    id: request.id,
    type: request.type,
    status: request.status,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    ...(request.decisionReason || request.legalGround ? { decision: { reason: request.decisionReason, legalGround: request.legalGround ?? undefined } } : {}),
    recordings: request.recordings.map((r) => ({ id: r.recordingId, outcome: r.outcome === 'pending' ? undefined : r.outcome })),
    events: request.events.map((e) => ({ at: e.at, kind: e.kind, note: e.note ?? undefined })),
    ...(request.packageStorageKey && request.packageExpiresAt ? { package: { url: `/api/v1/me/requests/${request.id}/package`, expiresAt: request.packageExpiresAt } } : {}),
    ...(request.certificate ? { certificate: { url: `/api/v1/me/requests/${request.id}/certificate`, issuedAt: request.certificate.issuedAt } } : {}),
  };
}
