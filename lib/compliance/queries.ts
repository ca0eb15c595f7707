import 'server-only';
import type { ActorType, Prisma, RecordingStatus, StaffRole } from '@/generated/prisma/client';
import { auditEventTypes, type AuditEventType } from '@/lib/audit/events';
import { getDb, type Db } from '@/lib/db';
import { endOfWarsawDay } from '@/lib/requests/deadlines';
import { startOfWarsawDay } from './metrics';
import type { AuditFilter, AuditPage } from './schema';

/**
 * Reads for the audit explorer and the per-call access history (Art. 5(2): who did what,
 * when, to which call). Read-only; the log itself is written only by lib/audit.
 */

export type AuditActor =
  | { kind: 'staff'; staffUserId: string | null; name: string | null; roles: StaffRole[]; roleAtTheTime: string | null }
  | { kind: 'customer' }
  | { kind: 'integration' }
  | { kind: 'system' };

export interface AuditEventRow {
  seq: string;
  at: Date;
  type: string;
  /** One line of meaning from lib/audit/events.ts; null for a type no longer in the list. */
  meaning: string | null;
  actorType: ActorType;
  actorId: string | null;
  actor: AuditActor;
  customerId: string | null;
  customerNumber: string | null;
  recordingId: string | null;
  recordingExternalId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export function isKnownEventType(type: string): type is AuditEventType {
  return Object.hasOwn(auditEventTypes, type);
}

function dayFromIso(value: string) {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * The filter as a Prisma condition. A customer number or call that does not exist selects
 * nothing (null) rather than failing: an auditor searching for a number learns it has no events.
 */
export async function auditWhere(db: Db, filter: AuditFilter): Promise<Prisma.AuditEventWhereInput | null> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.from || filter.to) {
    and.push({
      at: {
        ...(filter.from ? { gte: startOfWarsawDay(dayFromIso(filter.from)) } : {}),
        ...(filter.to ? { lte: endOfWarsawDay(dayFromIso(filter.to)) } : {}),
      },
    });
  }
  if (filter.type) and.push({ type: filter.type });
  if (filter.actor) {
    if (filter.actor.startsWith('staff:')) and.push({ actorType: 'staff', actorId: filter.actor.slice('staff:'.length) });
    else and.push({ actorType: filter.actor as ActorType });
  }
  if (filter.customer) {
    const number = filter.customer;
    const customer = await db.customer.findFirst({ where: { customerNumber: { in: [...new Set([number, number.toUpperCase()])] } }, select: { id: true } });
    if (!customer) return null;
    and.push({ customerId: customer.id });
  }
  if (filter.call) {
    const recording = await db.recording.findFirst({ where: { OR: [{ id: filter.call }, { externalId: filter.call }] }, select: { id: true } });
    if (!recording) return null;
    and.push({ recordingId: recording.id });
  }
  if (filter.request) and.push({ requestId: filter.request });
  return and.length ? { AND: and } : {};
}

const eventSelect = { seq: true, at: true, type: true, actorType: true, actorId: true, customerId: true, recordingId: true, requestId: true, details: true } as const;
type EventRecord = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

/** Names, roles, customer numbers and external call ids for a batch of events, in three reads. */
async function describeEvents(db: Db, events: EventRecord[]): Promise<AuditEventRow[]> {
  const ids = (pick: (event: EventRecord) => string | null) => [...new Set(events.map(pick).filter((value): value is string => Boolean(value)))];
  const staffIds = ids((event) => (event.actorType === 'staff' ? event.actorId : null));
  const customerIds = ids((event) => event.customerId);
  const recordingIds = ids((event) => event.recordingId);
  const [staff, customers, recordings] = await Promise.all([
    staffIds.length ? db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true, roles: true } }) : [],
    customerIds.length ? db.customer.findMany({ where: { id: { in: customerIds } }, select: { id: true, customerNumber: true } }) : [],
    recordingIds.length ? db.recording.findMany({ where: { id: { in: recordingIds } }, select: { id: true, externalId: true } }) : [],
  ]);
  const staffById = new Map(staff.map((member) => [member.id, member]));
  const customerNumbers = new Map(customers.map((customer) => [customer.id, customer.customerNumber]));
  const externalIds = new Map(recordings.map((recording) => [recording.id, recording.externalId]));
  return events.map((event) => {
    const details = event.details && typeof event.details === 'object' && !Array.isArray(event.details) ? (event.details as Record<string, unknown>) : {};
    let actor: AuditActor;
    if (event.actorType === 'staff') {
      const member = event.actorId ? staffById.get(event.actorId) : undefined;
      actor = { kind: 'staff', staffUserId: event.actorId, name: member?.name ?? null, roles: member?.roles ?? [], roleAtTheTime: typeof details.role === 'string' ? details.role : null };
    } else {
      actor = { kind: event.actorType };
    }
    return {
      seq: event.seq.toString(),
      at: event.at,
      type: event.type,
      meaning: isKnownEventType(event.type) ? auditEventTypes[event.type] : null,
      actorType: event.actorType,
      actorId: event.actorId,
      actor,
      customerId: event.customerId,
      customerNumber: event.customerId ? (customerNumbers.get(event.customerId) ?? null) : null,
      recordingId: event.recordingId,
      recordingExternalId: event.recordingId ? (externalIds.get(event.recordingId) ?? null) : null,
      requestId: event.requestId,
      details,
    };
  });
}

export interface AuditEventPage {
  items: AuditEventRow[];
  /** Pass as `after` for the next newer page; null on the newest. */
  newerAfter: string | null;
  /** Pass as `before` for the next older page; null on the oldest. */
  olderBefore: string | null;
}

/** Newest first, keyset-paginated by sequence number: as fast on page 1,000 as on page 1. */
export async function listAuditEvents(filter: AuditFilter, page: AuditPage, limit = 50): Promise<AuditEventPage> {
  const db = await getDb();
  const where = await auditWhere(db, filter);
  if (!where) return { items: [], newerAfter: null, olderBefore: null };
  const goingNewer = Boolean(page.after);
  const rows = await db.auditEvent.findMany({
    where: { AND: [where, page.after ? { seq: { gt: BigInt(page.after) } } : page.before ? { seq: { lt: BigInt(page.before) } } : {}] },
    orderBy: { seq: goingNewer ? 'asc' : 'desc' },
    take: limit + 1,
    select: eventSelect,
  });
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (goingNewer) pageRows.reverse();
  const first = pageRows[0];
  const last = pageRows.at(-1);
  if (!first || !last) return { items: [], newerAfter: null, olderBefore: null };
  const exists = async (seq: Prisma.BigIntFilter) => Boolean(await db.auditEvent.findFirst({ where: { AND: [where, { seq }] }, select: { seq: true } }));
  const hasNewer = goingNewer ? more : page.before ? await exists({ gt: first.seq }) : false;
  const hasOlder = goingNewer ? await exists({ lt: last.seq }) : more;
  return {
    items: await describeEvents(db, pageRows),
    newerAfter: hasNewer ? first.seq.toString() : null,
    olderBefore: hasOlder ? last.seq.toString() : null,
  };
}

/** Every event matching the filter, newest first, a batch at a time: the CSV export streams these. */
export async function* auditEventBatches(filter: AuditFilter, batchSize = 500): AsyncGenerator<AuditEventRow[]> {
  const db = await getDb();
  const where = await auditWhere(db, filter);
  if (!where) return;
  let before: bigint | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { AND: [where, before !== undefined ? { seq: { lt: before } } : {}] },
      orderBy: { seq: 'desc' },
      take: batchSize,
      select: eventSelect,
    });
    if (rows.length === 0) return;
    yield await describeEvents(db, rows);
    if (rows.length < batchSize) return;
    before = rows.at(-1)!.seq;
  }
}

/** Staff members for the actor filter, deactivated ones included: their past actions stay on record. */
export async function listAuditActors() {
  const db = await getDb();
  return db.staffUser.findMany({ orderBy: [{ active: 'desc' }, { name: 'asc' }], select: { id: true, name: true, roles: true, active: true } });
}

// ─── Per-call access history ───────────────────────────────────────────────────

/** Who heard, downloaded or exported a call. */
export const accessEventTypes = ['recording.played', 'recording.downloaded', 'recording.exported', 'package.downloaded'] as const satisfies readonly AuditEventType[];

export interface CallAccessHistory {
  recording: {
    id: string;
    externalId: string;
    startedAt: Date;
    durationSeconds: number;
    status: RecordingStatus;
    customerNumber: string | null;
    legalBasis: string;
    purposes: string[];
    retentionUntil: Date;
    erasedAt: Date | null;
    erasureCause: string | null;
    quarantineReason: string | null;
  };
  /** Playbacks, downloads and exports of this call, and downloads of the packages it went into; newest first. */
  access: AuditEventRow[];
  /** Everything else the log holds about the call (ingest, holds, restriction, erasure…); newest first. */
  other: AuditEventRow[];
}

/**
 * The access history of one call. Includes `package.downloaded` of every access package the
 * call was exported into, because that download is when a copy of this call left the portal.
 */
export async function getCallAccessHistory(call: string, limit = 1000): Promise<CallAccessHistory | null> {
  const db = await getDb();
  const recording = await db.recording.findFirst({
    where: { OR: [{ id: call }, { externalId: call }] },
    select: {
      id: true,
      externalId: true,
      startedAt: true,
      durationSeconds: true,
      status: true,
      legalBasis: true,
      purposes: true,
      retentionUntil: true,
      erasedAt: true,
      erasureCause: true,
      quarantineReason: true,
      customer: { select: { customerNumber: true } },
    },
  });
  if (!recording) return null;
  const ofCall = await db.auditEvent.findMany({ where: { recordingId: recording.id }, orderBy: { seq: 'desc' }, take: limit, select: eventSelect });
  const packageRequests = [...new Set(ofCall.filter((event) => event.type === 'recording.exported' && event.requestId).map((event) => event.requestId!))];
  const packageDownloads = packageRequests.length
    ? await db.auditEvent.findMany({ where: { type: 'package.downloaded', requestId: { in: packageRequests } }, orderBy: { seq: 'desc' }, take: limit, select: eventSelect })
    : [];
  const access = [...ofCall.filter((event) => (accessEventTypes as readonly string[]).includes(event.type)), ...packageDownloads].sort((a, b) => (a.seq < b.seq ? 1 : a.seq > b.seq ? -1 : 0));
  const other = ofCall.filter((event) => !(accessEventTypes as readonly string[]).includes(event.type));
  const [accessRows, otherRows] = await Promise.all([describeEvents(db, access), describeEvents(db, other)]);
  const { customer, ...facts } = recording;
  return { recording: { ...facts, customerNumber: customer?.customerNumber ?? null }, access: accessRows, other: otherRows };
}
