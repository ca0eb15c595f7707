import 'server-only';
import type { Db } from '@/lib/db';

/**
 * Rule 23: a recording that reached the wrong person is a personal data breach. It can happen
 * when the CRM later corrects who held a recycled number and the call is re-matched to its
 * real owner (lib/customers/mutations.ts): every delivery of that call to the earlier customer
 * — played or downloaded by them, exported into their package, or inside a package they
 * downloaded — is now a delivery to someone who is not the call's owner. This finds them from
 * the audit log, whatever the period, newest first.
 */
export interface PossibleMisdelivery {
  seq: string;
  at: Date;
  type: 'recording.played' | 'recording.downloaded' | 'recording.exported' | 'package.downloaded';
  recordingId: string;
  externalId: string;
  /** The customer the call went to. */
  deliveredToNumber: string | null;
  /** The call's owner now; null when no customer holds it. */
  ownerNumber: string | null;
  requestId: string | null;
}

type Row = Omit<PossibleMisdelivery, 'seq'> & { seq: bigint };

export async function findPossibleMisdeliveries(db: Db, limit = 100): Promise<{ count: number; items: PossibleMisdelivery[] }> {
  // One row per call delivered: a package download fans out to the calls the request covered.
  const rows = await db.$queryRaw<Row[]>`
    WITH deliveries AS (
      SELECT e.seq, e.at, e.type, e."customerId" AS "deliveredTo", e."recordingId", e."requestId"
      FROM audit_events e
      WHERE e."customerId" IS NOT NULL AND e."recordingId" IS NOT NULL
        AND ((e.type IN ('recording.played', 'recording.downloaded') AND e."actorType" = 'customer') OR e.type = 'recording.exported')
      UNION ALL
      SELECT e.seq, e.at, e.type, e."customerId", rr."recordingId", e."requestId"
      FROM audit_events e JOIN request_recordings rr ON rr."requestId" = e."requestId"
      WHERE e.type = 'package.downloaded' AND e."customerId" IS NOT NULL
    )
    SELECT d.seq, d.at, d.type, d."recordingId", r."externalId", d."requestId",
           delivered."customerNumber" AS "deliveredToNumber", owner."customerNumber" AS "ownerNumber"
    FROM deliveries d
    JOIN recordings r ON r.id = d."recordingId"
    LEFT JOIN customers delivered ON delivered.id = d."deliveredTo"
    LEFT JOIN customers owner ON owner.id = r."customerId"
    WHERE r."customerId" IS DISTINCT FROM d."deliveredTo"
    ORDER BY d.at DESC, d.seq DESC, d."recordingId"`;
  return { count: rows.length, items: rows.slice(0, limit).map((row) => ({ ...row, seq: row.seq.toString() })) };
}
