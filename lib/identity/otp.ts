import 'server-only';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/locales';
import { sendSms, SmsDeliveryError } from '@/lib/notifications/sms';
import { enforceRateLimits } from './rate-limit';

/** Rule 7: six digits, single use, five minutes, stored hashed, five tries. */
export const codeLifetimeMs = 5 * 60_000;
export const maxCodeAttempts = 5;
/** Every challenge answer takes at least this long, matched pair or not, so timing tells nothing. */
const minimumChallengeMs = 700;

const challengeLimits = {
  perPhone: { limit: 3, windowSeconds: 10 * 60 },
  perAddress: { limit: 20, windowSeconds: 10 * 60 },
};

const smsText: Record<Locale, (code: string) => string> = {
  pl: (code) => `Wgląd: Twój kod to ${code}. Jest ważny 5 minut. Nikomu go nie podawaj, także konsultantowi.`,
  en: (code) => `Wgląd: your code is ${code}. It is valid for 5 minutes. Never share it, not even with our staff.`,
};

/** A keyed hash bound to the challenge: a leaked table without AUTH_SECRET does not reveal codes. */
function hashCode(challengeId: string, code: string): string {
  return createHmac('sha256', getConfig().authSecret).update(`${challengeId}:${code}`).digest('hex');
}

function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

async function atLeast<T>(startedAt: number, work: Promise<T>): Promise<T> {
  const result = await work;
  const wait = minimumChallengeMs - (Date.now() - startedAt);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return result;
}

export interface ChallengeResult {
  challengeId: string;
  expiresAt: Date;
}

/**
 * Starts a sign-in. Always answers the same way whether or not the pair matches (no
 * enumeration); a code goes out only when this customer number holds this line now.
 * Every identifier is checked: the phone alone, or the customer number alone, is not enough.
 */
export async function createSignInChallenge(options: { phone: string; customerNumber: string; requestedFrom: string; locale: Locale }): Promise<ChallengeResult> {
  const startedAt = Date.now();
  return atLeast(startedAt, issueSignInChallenge(options));
}

async function issueSignInChallenge(options: { phone: string; customerNumber: string; requestedFrom: string; locale: Locale }): Promise<ChallengeResult> {
  const db = await getDb();
  await enforceRateLimits(db, [
    { key: `otp-phone:${options.phone}`, rule: challengeLimits.perPhone },
    { key: `otp-address:${options.requestedFrom}`, rule: challengeLimits.perAddress },
  ]);
  const now = new Date();
  const owner = await db.phoneLine.findFirst({
    where: { phone: options.phone, customer: { customerNumber: options.customerNumber }, activeFrom: { lte: now }, OR: [{ activeTo: null }, { activeTo: { gt: now } }] },
    select: { customerId: true },
  });
  const code = newCode();
  const challenge = await db.$transaction(async (tx) => {
    const created = await tx.otpChallenge.create({
      data: { phone: options.phone, customerId: owner?.customerId ?? null, expiresAt: new Date(now.getTime() + codeLifetimeMs), requestedFrom: options.requestedFrom, locale: options.locale },
      select: { id: true, expiresAt: true },
    });
    // Hashing happens for both outcomes so the two paths cost the same.
    const codeHash = hashCode(created.id, code);
    if (owner) await tx.otpChallenge.update({ where: { id: created.id }, data: { codeHash } });
    await appendAuditEvent(tx, {
      type: 'identity.code_requested',
      actorType: 'customer',
      actorId: owner?.customerId ?? null,
      customerId: owner?.customerId ?? null,
      details: { challengeId: created.id, matched: Boolean(owner), purpose: 'sign_in' },
    });
    return created;
  });
  if (owner) await deliverCode(challenge.id, options.phone, code, options.locale);
  return { challengeId: challenge.id, expiresAt: challenge.expiresAt };
}

async function deliverCode(challengeId: string, phone: string, code: string, locale: Locale): Promise<void> {
  try {
    await sendSms({ to: phone, text: smsText[locale](code) });
  } catch (error) {
    if (!(error instanceof SmsDeliveryError)) throw error;
    const db = await getDb();
    await db.otpChallenge.update({ where: { id: challengeId }, data: { expiresAt: new Date() } });
    throw new AppError('unavailable', error.message);
  }
}

/** A fresh code for a signed-in customer before a download or an erasure (rule 9). */
export async function createReverifyChallenge(options: { customerId: string; sessionId: string; phone: string; requestedFrom: string; locale: Locale }): Promise<ChallengeResult> {
  const db = await getDb();
  await enforceRateLimits(db, [{ key: `otp-phone:${options.phone}`, rule: challengeLimits.perPhone }]);
  const code = newCode();
  const challenge = await db.$transaction(async (tx) => {
    const created = await tx.otpChallenge.create({
      data: { phone: options.phone, customerId: options.customerId, sessionId: options.sessionId, purpose: 'reverify', expiresAt: new Date(Date.now() + codeLifetimeMs), requestedFrom: options.requestedFrom, locale: options.locale },
      select: { id: true, expiresAt: true },
    });
    await tx.otpChallenge.update({ where: { id: created.id }, data: { codeHash: hashCode(created.id, code) } });
    await appendAuditEvent(tx, { type: 'identity.code_requested', actorType: 'customer', actorId: options.customerId, customerId: options.customerId, details: { challengeId: created.id, matched: true, purpose: 'reverify' } });
    return created;
  });
  await deliverCode(challenge.id, options.phone, code, options.locale);
  return { challengeId: challenge.id, expiresAt: challenge.expiresAt };
}

export type CodeRejection = 'code_wrong' | 'code_expired' | 'code_exhausted';

export class CodeRejectedError extends AppError {
  constructor(readonly reason: CodeRejection) {
    super('unauthenticated', `one-time code rejected: ${reason}`);
  }
}

export interface VerifiedChallenge {
  customerId: string;
  phone: string;
  purpose: string;
  sessionId: string | null;
}

/**
 * Checks a code. The try is counted before the comparison (in one conditional update), so
 * parallel guesses cannot exceed five; after five wrong codes even the right one fails.
 * A correct code is consumed in the same guarded update, so it works exactly once.
 */
export async function verifyChallengeCode(challengeId: string, code: string): Promise<VerifiedChallenge> {
  const db = await getDb();
  const counted = await db.$queryRaw<{ attempts: number; customerId: string | null; phone: string; purpose: string; sessionId: string | null; codeHash: string | null; expired: boolean }[]>`
    UPDATE otp_challenges SET attempts = attempts + 1
    WHERE id = ${challengeId} AND "consumedAt" IS NULL AND attempts < ${maxCodeAttempts}
    RETURNING attempts, "customerId", phone, purpose, "sessionId", "codeHash", ("expiresAt" <= now()) AS expired`;
  const challenge = counted[0];
  if (!challenge) {
    const known = await db.otpChallenge.findUnique({ where: { id: challengeId }, select: { attempts: true, consumedAt: true } });
    throw new CodeRejectedError(known && !known.consumedAt && known.attempts >= maxCodeAttempts ? 'code_exhausted' : 'code_expired');
  }
  if (challenge.expired) throw new CodeRejectedError('code_expired');
  const expected = Buffer.from(challenge.codeHash ?? hashCode(challengeId, 'no-code-was-sent'), 'hex');
  const matches = /^\d{6}$/.test(code) && timingSafeEqual(expected, Buffer.from(hashCode(challengeId, code), 'hex')) && Boolean(challenge.codeHash && challenge.customerId);
  const consumed = matches ? await db.otpChallenge.updateMany({ where: { id: challengeId, consumedAt: null }, data: { consumedAt: new Date() } }) : { count: 0 };
  if (consumed.count !== 1) {
    await db.$transaction((tx) => appendAuditEvent(tx, { type: 'identity.code_rejected', actorType: 'customer', actorId: challenge.customerId, customerId: challenge.customerId, details: { challengeId, attempt: challenge.attempts } }));
    throw new CodeRejectedError(challenge.attempts >= maxCodeAttempts ? 'code_exhausted' : 'code_wrong');
  }
  return { customerId: challenge.customerId!, phone: challenge.phone, purpose: challenge.purpose, sessionId: challenge.sessionId };
}
