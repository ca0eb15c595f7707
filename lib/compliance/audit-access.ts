import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import type { AuditFilter, AuditPage, DashboardDataset } from './schema';

/**
 * Looking at the log is itself recorded (Art. 5(2)): who opened or exported which part of it.
 * Only what selected the events goes in — the explorer's filter (ids, days, an event type),
 * a call id, a dashboard data set — never the events shown.
 */
export type AuditSubject =
  | { view: 'explorer'; filter: AuditFilter | null; page?: AuditPage }
  | { view: 'call_history'; recordingId: string }
  | { view: 'dashboard'; weeks: number; dataset?: DashboardDataset };

function filterUsed(filter: AuditFilter | null): Record<string, string> | undefined {
  if (!filter) return undefined;
  const used = Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return used.length ? Object.fromEntries(used) : undefined;
}

function detailsOf(subject: AuditSubject): Record<string, unknown> {
  switch (subject.view) {
    case 'explorer':
      return { view: 'explorer', filter: filterUsed(subject.filter), invalidFilter: subject.filter ? undefined : true, before: subject.page?.before, after: subject.page?.after };
    case 'call_history':
      return { view: 'call_history' };
    case 'dashboard':
      return { view: 'dashboard', weeks: subject.weeks, dataset: subject.dataset };
  }
}

export async function recordAuditAccess(staffUserId: string, type: 'audit.viewed' | 'audit.exported', subject: AuditSubject): Promise<void> {
  const db = await getDb();
  // undefined fields are dropped, so the stored JSON holds only what was used.
  const details = JSON.parse(JSON.stringify(detailsOf(subject))) as Record<string, unknown>;
  await db.$transaction((tx) =>
    appendAuditEvent(tx, { type, actorType: 'staff', actorId: staffUserId, recordingId: subject.view === 'call_history' ? subject.recordingId : null, details }),
  );
}
