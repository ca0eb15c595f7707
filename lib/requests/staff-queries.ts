import 'server-only';
import type { Prisma, RequestStatus, RequestType } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { decodeCursor, encodeCursor } from '@/lib/recordings/queries';
import { customerRequestSelect, toApiRequest } from './queries';

export interface QueueOptions {
  status?: RequestStatus;
  type?: RequestType;
  assigneeId?: string;
  overdue?: boolean;
  /** A phone number, a customer number or a request id. */
  search?: string;
  /** Open requests only unless a status is asked for. */
  limit: number;
  cursor?: string;
}

const openStatuses: RequestStatus[] = ['received', 'in_progress', 'extended'];

/** The queue: oldest due date first, keyset-paginated on (dueAt, id) so it stays fast at tens of thousands. */
export async function listRequestQueue(options: QueueOptions) {
  const db = await getDb();
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const search = options.search?.trim();
  const where: Prisma.DataSubjectRequestWhereInput = {
    AND: [
      options.status ? { status: options.status } : { status: { in: openStatuses } },
      options.type ? { type: options.type } : {},
      options.assigneeId ? { assigneeId: options.assigneeId } : {},
      options.overdue ? { dueAt: { lt: new Date() } } : {},
      search ? { OR: [{ id: search }, { customer: { customerNumber: search.toUpperCase() } }, { customer: { lines: { some: { phone: search.replace(/\s/g, '') } } } }] } : {},
      after ? { OR: [{ dueAt: { gt: after.startedAt } }, { dueAt: after.startedAt, id: { gt: after.id } }] } : {},
    ],
  };
  const rows = await db.dataSubjectRequest.findMany({
    where,
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    take: options.limit + 1,
    select: {
      ...customerRequestSelect,
      customer: { select: { customerNumber: true, fullName: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...toApiRequest(row),
      customerNumber: row.customer.customerNumber,
      customerName: row.customer.fullName,
      assignee: row.assignee,
      // Waiting for the customer: the days left do not run down, which triage must see.
      clockPaused: row.pauses.some((pause) => !pause.endedAt),
    })),
    nextCursor: rows.length > options.limit && last ? encodeCursor({ startedAt: last.dueAt, id: last.id }) : null,
  };
}

/** Everything a request page in the back office shows: the verified customer, the calls with their basis, holds and recipients, the whole timeline. */
export async function getStaffRequest(requestId: string) {
  const db = await getDb();
  const request = await db.dataSubjectRequest.findUnique({
    where: { id: requestId },
    include: {
      customer: { select: { id: true, customerNumber: true, fullName: true, email: true, lines: { select: { phone: true, activeFrom: true, activeTo: true } } } },
      assignee: { select: { id: true, name: true } },
      certificate: { select: { issuedAt: true } },
      events: { orderBy: { at: 'asc' } },
      pauses: { orderBy: { startedAt: 'asc' } },
      proposals: { orderBy: { preparedAt: 'desc' }, include: { preparedBy: { select: { name: true } } } },
      jobs: { orderBy: { createdAt: 'desc' } },
      recordings: {
        include: {
          recording: {
            select: {
              id: true, startedAt: true, durationSeconds: true, direction: true, agentName: true, purposes: true, legalBasis: true, retentionUntil: true, status: true, erasedAt: true,
              holds: { where: { liftedAt: null }, select: { id: true, reason: true, placedAt: true, endsAt: true } },
              recipients: { select: { recipient: { select: { name: true, role: true } } } },
            },
          },
        },
      },
    },
  });
  if (!request) throw new AppError('not_found', `request ${requestId}`);
  return request;
}

export type StaffRequestDetail = Awaited<ReturnType<typeof getStaffRequest>>;

/** Active staff who work requests, for the assignee picker (filtered here: see customerCallsForPurpose on enum lists). */
export async function listAssignableStaff() {
  const db = await getDb();
  const staff = await db.staffUser.findMany({ where: { active: true }, select: { id: true, name: true, roles: true }, orderBy: { name: 'asc' } });
  return staff.filter((member) => member.roles.some((role) => role === 'agent' || role === 'dpo')).map(({ id, name }) => ({ id, name }));
}
