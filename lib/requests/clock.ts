import 'server-only';
import type { ActorType } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { Tx } from '@/lib/db';

const dayMs = 86_400_000;

export interface EndPauseOptions {
  requestId: string;
  customerId: string;
  at: Date;
  /** Who ended it: the customer answering, or the staff member (or job) closing the request. */
  actorType: ActorType;
  actorId?: string;
  because: 'customer_replied' | 'request_closed';
}

/**
 * Ends the request's open clock pause (rule 3), if there is one, and moves the due date by
 * the days the clock stood still (each pause rounded up to whole days). A request that ends
 * while waiting for the customer must not keep its clock stopped for ever: its timeline, its
 * due date and the compliance figures would all disagree. The pause is claimed with a
 * conditional update, so a reply and a closure racing move the due date once.
 */
export async function endOpenPause(tx: Tx, options: EndPauseOptions): Promise<number | null> {
  const pause = await tx.clockPause.findFirst({ where: { requestId: options.requestId, endedAt: null } });
  if (!pause) return null;
  const { count } = await tx.clockPause.updateMany({ where: { id: pause.id, endedAt: null }, data: { endedAt: options.at } });
  if (count === 0) return null;
  const pausedDays = Math.ceil((options.at.getTime() - pause.startedAt.getTime()) / dayMs);
  const { dueAt } = await tx.dataSubjectRequest.findUniqueOrThrow({ where: { id: options.requestId }, select: { dueAt: true } });
  await tx.dataSubjectRequest.update({ where: { id: options.requestId }, data: { dueAt: new Date(dueAt.getTime() + pausedDays * dayMs) } });
  await appendAuditEvent(tx, {
    type: 'request.status_changed',
    actorType: options.actorType,
    actorId: options.actorId,
    customerId: options.customerId,
    requestId: options.requestId,
    details: { clock: options.because === 'customer_replied' ? 'resumed' : 'ended_with_request', pausedDays },
  });
  return pausedDays;
}
