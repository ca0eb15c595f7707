import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Rule 9: 30 minutes idle, 12 hours at most; a verification counts as fresh for 10 minutes. */
export const idleTimeoutMs = 30 * 60_000;
export const absoluteTimeoutMs = 12 * 60 * 60_000;
export const freshVerificationMs = 10 * 60_000;
/** Activity is written at most this often, so every click does not write a row. */
const touchIntervalMs = 30_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

declare const customerIdBrand: unique symbol;
/** A customer id that came out of an authorized session; customer queries only take this. */
export type AuthorizedCustomerId = string & { readonly [customerIdBrand]: true };

export interface CustomerSession {
  sessionId: string;
  customerId: AuthorizedCustomerId;
  phone: string | null;
  verifiedAt: Date;
  /** When the session ends if nothing happens: idle limit or absolute limit, whichever is first. */
  expiresAt: Date;
}

function sessionExpiry(session: { createdAt: Date; lastActiveAt: Date }): Date {
  return new Date(Math.min(session.lastActiveAt.getTime() + idleTimeoutMs, session.createdAt.getTime() + absoluteTimeoutMs));
}

type SessionKind = 'customer' | 'staff';

/** Creates a session row; a bearer token, when asked for, is returned once and stored only hashed. */
async function createSession(kind: SessionKind, subject: { customerId?: string; staffUserId?: string; phone?: string }, withToken: boolean) {
  const db = await getDb();
  const token = withToken ? randomBytes(32).toString('base64url') : undefined;
  const now = new Date();
  const actorId = subject.customerId ?? subject.staffUserId!;
  const session = await db.$transaction(async (tx) => {
    const created = await tx.authSession.create({
      data: { kind, ...subject, tokenHash: token ? hashToken(token) : null, verifiedAt: now, lastActiveAt: now, expiresAt: new Date(now.getTime() + absoluteTimeoutMs) },
      select: { id: true, createdAt: true, lastActiveAt: true },
    });
    if (kind === 'customer') {
      await appendAuditEvent(tx, { type: 'identity.signed_in', actorType: 'customer', actorId, customerId: actorId, details: { sessionId: created.id, channel: token ? 'api' : 'browser' } });
    }
    return created;
  });
  return { sessionId: session.id, token, expiresAt: sessionExpiry(session) };
}

/** A live session of this kind (not revoked, within both limits); activity extends it. */
async function findLiveSession(kind: SessionKind, lookup: SessionLookup) {
  const db = await getDb();
  const session = await db.authSession.findFirst({
    where: { kind, revokedAt: null, ...('token' in lookup ? { tokenHash: hashToken(lookup.token) } : { id: lookup.sessionId }) },
  });
  if (!session) return null;
  const now = Date.now();
  if (sessionExpiry(session).getTime() <= now) return null;
  let lastActiveAt = session.lastActiveAt;
  if (now - lastActiveAt.getTime() > touchIntervalMs) {
    lastActiveAt = new Date(now);
    await db.authSession.update({ where: { id: session.id }, data: { lastActiveAt } });
  }
  return { ...session, lastActiveAt, liveUntil: sessionExpiry({ createdAt: session.createdAt, lastActiveAt }) };
}

export type SessionLookup = { token: string } | { sessionId: string };

export function startCustomerSession(options: { customerId: string; phone: string; withToken: boolean }) {
  return createSession('customer', { customerId: options.customerId, phone: options.phone }, options.withToken);
}

export function startStaffSession(options: { staffUserId: string; withToken: boolean }) {
  return createSession('staff', { staffUserId: options.staffUserId }, options.withToken);
}

/** The session behind a bearer token or a browser session id, if it is still alive. */
export async function resolveCustomerSession(lookup: SessionLookup): Promise<CustomerSession | null> {
  const session = await findLiveSession('customer', lookup);
  if (!session?.customerId) return null;
  return { sessionId: session.id, customerId: session.customerId as AuthorizedCustomerId, phone: session.phone, verifiedAt: session.verifiedAt, expiresAt: session.liveUntil };
}

export async function resolveStaffSession(lookup: SessionLookup): Promise<{ sessionId: string; staffUserId: string; expiresAt: Date } | null> {
  const session = await findLiveSession('staff', lookup);
  if (!session?.staffUserId) return null;
  return { sessionId: session.id, staffUserId: session.staffUserId, expiresAt: session.liveUntil };
}

/** "Stay signed in": activity now, within the 12-hour limit. */
export async function extendCustomerSession(sessionId: string): Promise<Date> {
  const db = await getDb();
  const session = await db.authSession.update({ where: { id: sessionId }, data: { lastActiveAt: new Date() }, select: { createdAt: true, lastActiveAt: true } });
  return sessionExpiry(session);
}

/** Sign-out: the session row is revoked, which ends the session whatever happens to the cookie. */
export async function endSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const session = await tx.authSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() }, select: { kind: true, customerId: true, staffUserId: true } });
    await appendAuditEvent(tx, session.kind === 'customer'
      ? { type: 'identity.signed_out', actorType: 'customer', actorId: session.customerId, customerId: session.customerId, details: { sessionId } }
      : { type: 'staff.signed_out', actorType: 'staff', actorId: session.staffUserId, details: { sessionId } });
  });
}

export async function markSessionReverified(sessionId: string, customerId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.authSession.update({ where: { id: sessionId }, data: { verifiedAt: new Date(), lastActiveAt: new Date() } });
    await appendAuditEvent(tx, { type: 'identity.reverified', actorType: 'customer', actorId: customerId, customerId, details: { sessionId } });
  });
}

/** Downloads and erasures need possession proven within the last 10 minutes. */
export function requireFreshVerification(session: CustomerSession): void {
  if (Date.now() - session.verifiedAt.getTime() > freshVerificationMs) {
    throw new AppError('reverification_required', 'verification older than 10 minutes');
  }
}
