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

export async function startCustomerSession(options: { customerId: string; phone: string; withToken: boolean }) {
  const db = await getDb();
  const token = options.withToken ? randomBytes(32).toString('base64url') : undefined;
  const now = new Date();
  const session = await db.$transaction(async (tx) => {
    const created = await tx.authSession.create({
      data: { kind: 'customer', customerId: options.customerId, phone: options.phone, tokenHash: token ? hashToken(token) : null, verifiedAt: now, lastActiveAt: now, expiresAt: new Date(now.getTime() + absoluteTimeoutMs) },
      select: { id: true, createdAt: true, lastActiveAt: true },
    });
    await appendAuditEvent(tx, { type: 'identity.signed_in', actorType: 'customer', actorId: options.customerId, customerId: options.customerId, details: { sessionId: created.id, channel: token ? 'api' : 'browser' } });
    return created;
  });
  return { sessionId: session.id, token, expiresAt: sessionExpiry(session) };
}

/** The session behind a bearer token or a browser session id, if it is still alive; activity extends it. */
export async function resolveCustomerSession(lookup: { token: string } | { sessionId: string }): Promise<CustomerSession | null> {
  const db = await getDb();
  const session = await db.authSession.findFirst({
    where: { kind: 'customer', revokedAt: null, ...('token' in lookup ? { tokenHash: hashToken(lookup.token) } : { id: lookup.sessionId }) },
  });
  if (!session?.customerId) return null;
  const now = Date.now();
  if (sessionExpiry(session).getTime() <= now) return null;
  let lastActiveAt = session.lastActiveAt;
  if (now - lastActiveAt.getTime() > touchIntervalMs) {
    lastActiveAt = new Date(now);
    await db.authSession.update({ where: { id: session.id }, data: { lastActiveAt } });
  }
  return {
    sessionId: session.id,
    customerId: session.customerId as AuthorizedCustomerId,
    phone: session.phone,
    verifiedAt: session.verifiedAt,
    expiresAt: sessionExpiry({ createdAt: session.createdAt, lastActiveAt }),
  };
}

/** "Stay signed in": activity now, within the 12-hour limit. */
export async function extendCustomerSession(sessionId: string): Promise<Date> {
  const db = await getDb();
  const session = await db.authSession.update({ where: { id: sessionId }, data: { lastActiveAt: new Date() }, select: { createdAt: true, lastActiveAt: true } });
  return sessionExpiry(session);
}

export async function endCustomerSession(sessionId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const session = await tx.authSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() }, select: { customerId: true } });
    await appendAuditEvent(tx, { type: 'identity.signed_out', actorType: 'customer', actorId: session.customerId, customerId: session.customerId, details: { sessionId } });
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
