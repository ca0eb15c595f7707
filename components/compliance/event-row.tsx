import Link from 'next/link';
import { td, textLink } from '@/components/staff/ui';
import type { AuditEventRow } from '@/lib/compliance/queries';
import { ActorName, EventDetails, EventName, EventTime, ShortId } from './audit-parts';

/** A request id: a link to the case for staff who may open requests, plain text otherwise, a dash when there is none. */
export function RequestCell({ requestId, linked }: { requestId: string | null; linked: boolean }) {
  if (!requestId) return <span className="text-slate-500">—</span>;
  return linked ? (
    <Link href={`/staff/requests/${requestId}`} className={`${textLink} font-mono text-xs whitespace-nowrap`}>
      <ShortId id={requestId} />
    </Link>
  ) : (
    <span className="font-mono text-xs whitespace-nowrap">
      <ShortId id={requestId} />
    </span>
  );
}

/**
 * One audit event as a table row, the same in the explorer and in a call's history: time and
 * seq, the event in words, who acted, the request, the details. The customer and call cells
 * are the explorer's (they link to its filters); a page that already is about one call omits them.
 */
export function EventRow({ event, mayOpenRequests, customerCell, callCell }: { event: AuditEventRow; mayOpenRequests: boolean; customerCell?: React.ReactNode; callCell?: React.ReactNode }) {
  return (
    <tr className="hover:bg-slate-50">
      <td className={`${td} text-xs`}>
        <EventTime at={event.at} seq={event.seq} />
      </td>
      <td className={`${td} min-w-56`}>
        <EventName type={event.type} meaning={event.meaning} />
      </td>
      <td className={`${td} min-w-36`}>
        <ActorName actor={event.actor} />
      </td>
      {customerCell !== undefined ? <td className={`${td} whitespace-nowrap`}>{customerCell}</td> : null}
      {callCell !== undefined ? <td className={td}>{callCell}</td> : null}
      <td className={td}>
        <RequestCell requestId={event.requestId} linked={mayOpenRequests} />
      </td>
      <td className={`${td} min-w-48`}>
        <EventDetails details={event.details} />
      </td>
    </tr>
  );
}
