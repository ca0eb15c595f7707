import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { Prisma } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { AuthenticationResponse, RegistrationRequest } from './passkey-schema';
import { enforceRateLimits } from './rate-limit';
import { requireFreshVerification, type AuthorizedCustomerId, type CustomerSession } from './sessions';

/**
 * Passkeys (rule 8, ASVS 2.7.1): a signed-in customer who has just proven possession of their
 * line may register one, and later sign in with it instead of an SMS code. Challenges live in
 * the database (any app instance can check an answer), are single use and last five minutes.
 * User verification (PIN or biometrics on the device) is always required, so a passkey is
 * two factors in one step; the biometric itself never leaves the device.
 */

export const passkeyChallengeLifetimeMs = 5 * 60_000;
/** Enough for a phone, a laptop and a couple of security keys; a bound on what one account can store. */
export const maxPasskeysPerCustomer = 10;
const rpName = 'Wgląd';

const limits = {
  signInPerAddress: { limit: 30, windowSeconds: 10 * 60 },
  signInPerCustomerNumber: { limit: 10, windowSeconds: 10 * 60 },
  registrationPerCustomer: { limit: 10, windowSeconds: 10 * 60 },
};

type ChallengePurpose = 'register' | 'authenticate';

// ─── The relying party ────────────────────────────────────────────────────────

/** Who the passkeys belong to: the RP ID (a host name) and the exact origin the browser must report. */
export interface RelyingParty {
  id: string;
  origin: string;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * PUBLIC_URL when set (recommended behind a proxy that rewrites Host); otherwise the request's
 * Host and X-Forwarded-Proto. Whatever the headers say, the browser signs the origin it really
 * is on and the authenticator scopes each credential to its RP ID, so a forged Host can make a
 * check fail but never makes another site's passkey work here.
 */
export function relyingPartyFor(headers: HeaderSource): RelyingParty {
  const configured = getConfig().publicUrl;
  if (configured) {
    const url = new URL(configured);
    return { id: url.hostname, origin: url.origin };
  }
  const host = header(headers, 'host')?.trim().toLowerCase();
  // A plain host name with an optional port; anything else cannot be an RP ID or hides a trick.
  if (!host || !/^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::\d{1,5})?$/.test(host)) {
    throw new AppError('validation_failed', 'the request has no Host a passkey can be bound to');
  }
  const proto = header(headers, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https' ? 'https' : 'http';
  const url = new URL(`${proto}://${host}`);
  return { id: url.hostname, origin: url.origin };
}

// ─── Challenges ───────────────────────────────────────────────────────────────

export type PasskeyRejection = 'passkey_expired' | 'passkey_rejected' | 'passkey_no_line';

/** A passkey sign-in that did not succeed; `reason` is a key the sign-in page translates. */
export class PasskeyRejectedError extends AppError {
  constructor(
    readonly reason: PasskeyRejection,
    internalMessage: string,
  ) {
    super('unauthenticated', `passkey rejected (${reason}): ${internalMessage}`);
  }
}

/** Challenges are stored base64url, the form clientDataJSON reports them in; the library wants the raw bytes. */
const challengeBytes = (challenge: string) => new Uint8Array(Buffer.from(challenge, 'base64url'));

async function issueChallenge(options: { purpose: ChallengePurpose; customerId?: string | null; sessionId?: string | null }) {
  const db = await getDb();
  const now = Date.now();
  // Housekeeping on the way: answered or expired challenges are worth nothing after a day.
  await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now - 24 * 60 * 60_000) } } });
  return db.webAuthnChallenge.create({
    data: {
      challenge: randomBytes(32).toString('base64url'),
      purpose: options.purpose,
      customerId: options.customerId ?? null,
      sessionId: options.sessionId ?? null,
      expiresAt: new Date(now + passkeyChallengeLifetimeMs),
    },
    select: { id: true, challenge: true, expiresAt: true },
  });
}

/**
 * Marks a challenge used before its answer is checked, in one guarded update: it works exactly
 * once, even when two answers race, and a wrong answer burns it too.
 */
export async function consumeChallenge(challengeId: string, purpose: ChallengePurpose) {
  const db = await getDb();
  const now = new Date();
  const consumed = await db.webAuthnChallenge.updateMany({
    where: { id: challengeId, purpose, consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (consumed.count !== 1) throw new PasskeyRejectedError('passkey_expired', 'challenge unknown, used or expired');
  return db.webAuthnChallenge.findUniqueOrThrow({ where: { id: challengeId }, select: { challenge: true, customerId: true, sessionId: true } });
}

// ─── Registration ─────────────────────────────────────────────────────────────

export interface PasskeyOptions<T> {
  challengeId: string;
  options: T;
}

/** The user handle stored on the authenticator: the customer's opaque id, never a name or number. */
const userHandleOf = (customerId: string) => new TextEncoder().encode(customerId);

/** Whether this session may add a passkey now, for the page to offer the button or the way to re-verify. */
export function mayAddPasskey(session: CustomerSession): boolean {
  try {
    requireFreshVerification(session);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'reverification_required') return false;
    throw error;
  }
}

/** Step 1 of adding a passkey; only a session whose possession proof is fresh (rule 9) may. */
export async function createRegistrationOptions(session: CustomerSession, relyingParty: RelyingParty): Promise<PasskeyOptions<PublicKeyCredentialCreationOptionsJSON>> {
  requireFreshVerification(session);
  const db = await getDb();
  await enforceRateLimits(db, [{ key: `passkey-register:${session.customerId}`, rule: limits.registrationPerCustomer }]);
  const customer = await db.customer.findUniqueOrThrow({
    where: { id: session.customerId },
    select: { customerNumber: true, fullName: true, passkeys: { select: { credentialId: true, transports: true } } },
  });
  if (customer.passkeys.length >= maxPasskeysPerCustomer) throw new AppError('conflict', 'passkey limit reached');
  const challenge = await issueChallenge({ purpose: 'register', customerId: session.customerId, sessionId: session.sessionId });
  const options = await generateRegistrationOptions({
    rpName,
    rpID: relyingParty.id,
    userName: customer.customerNumber,
    userDisplayName: customer.fullName,
    userID: userHandleOf(session.customerId),
    challenge: challengeBytes(challenge.challenge),
    timeout: passkeyChallengeLifetimeMs,
    attestationType: 'none',
    // The same authenticator twice would only confuse the list.
    excludeCredentials: customer.passkeys.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports as AuthenticatorTransportFuture[] })),
    // Discoverable keys allow sign-in without typing anything; a key that cannot store one still
    // works through the customer-number route, so it is preferred rather than required.
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
    supportedAlgorithmIDs: [-7, -8, -257],
  });
  return { challengeId: challenge.id, options };
}

export interface RegisteredPasskey {
  id: string;
  name: string;
  createdAt: Date;
}

/** Step 2 of adding a passkey: checks the authenticator's answer and stores the public key with its audit event. */
export async function completePasskeyRegistration(session: CustomerSession, relyingParty: RelyingParty, request: RegistrationRequest): Promise<RegisteredPasskey> {
  const challenge = await consumeChallenge(request.challengeId, 'register');
  if (challenge.sessionId !== session.sessionId || challenge.customerId !== session.customerId) {
    throw new AppError('forbidden', 'registration challenge belongs to another session');
  }
  requireFreshVerification(session);
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response: request.response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      requireUserPresence: true,
      requireUserVerification: true,
    });
  } catch (error) {
    throw new AppError('validation_failed', 'passkey registration did not verify', { cause: error });
  }
  if (!verification.verified) throw new AppError('validation_failed', 'passkey registration did not verify');
  const { credential } = verification.registrationInfo;
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const count = await tx.passkey.count({ where: { customerId: session.customerId } });
      if (count >= maxPasskeysPerCustomer) throw new AppError('conflict', 'passkey limit reached');
      const passkey = await tx.passkey.create({
        data: {
          customerId: session.customerId,
          credentialId: credential.id,
          publicKey: credential.publicKey,
          counter: BigInt(credential.counter),
          transports: request.response.response.transports ?? credential.transports ?? [],
          name: request.name,
        },
        select: { id: true, name: true, createdAt: true },
      });
      await appendAuditEvent(tx, {
        type: 'identity.passkey_added',
        actorType: 'customer',
        actorId: session.customerId,
        customerId: session.customerId,
        details: { passkeyId: passkey.id, name: passkey.name, sessionId: session.sessionId, userVerified: verification.registrationInfo.userVerified },
      });
      return passkey;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'this credential is already registered', { cause: error });
    }
    throw error;
  }
}

// ─── Authentication ───────────────────────────────────────────────────────────

/** A credential id that exists nowhere, stable per customer number, offered when the number has no passkeys. */
function decoyCredentialId(customerNumber: string): string {
  return createHmac('sha256', getConfig().authSecret).update(`passkey-decoy:${customerNumber}`).digest().subarray(0, 16).toString('base64url');
}

/**
 * Step 1 of a passkey sign-in. Without a customer number the browser offers every passkey it
 * holds for this site (usernameless). With one, only that customer's passkeys are allowed, which
 * also serves keys that cannot be discovered; a number without passkeys gets a decoy, so the
 * answer does not tell whether the number exists or has passkeys.
 */
export async function createAuthenticationOptions(
  relyingParty: RelyingParty,
  options: { customerNumber?: string; requestedFrom: string },
): Promise<PasskeyOptions<PublicKeyCredentialRequestOptionsJSON>> {
  const db = await getDb();
  await enforceRateLimits(db, [
    { key: `passkey-address:${options.requestedFrom}`, rule: limits.signInPerAddress },
    ...(options.customerNumber ? [{ key: `passkey-customer:${options.customerNumber}`, rule: limits.signInPerCustomerNumber }] : []),
  ]);
  let customerId: string | null = null;
  let allowCredentials: { id: string; transports?: AuthenticatorTransportFuture[] }[] | undefined;
  if (options.customerNumber) {
    const customer = await db.customer.findUnique({
      where: { customerNumber: options.customerNumber },
      select: { id: true, passkeys: { select: { credentialId: true, transports: true }, orderBy: { createdAt: 'asc' } } },
    });
    customerId = customer?.id ?? null;
    allowCredentials = customer?.passkeys.length
      ? customer.passkeys.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports as AuthenticatorTransportFuture[] }))
      : [{ id: decoyCredentialId(options.customerNumber) }];
  }
  const challenge = await issueChallenge({ purpose: 'authenticate', customerId });
  const requestOptions = await generateAuthenticationOptions({
    rpID: relyingParty.id,
    challenge: challengeBytes(challenge.challenge),
    timeout: passkeyChallengeLifetimeMs,
    userVerification: 'required',
    allowCredentials,
  });
  return { challengeId: challenge.id, options: requestOptions };
}

export interface PasskeySignIn {
  customerId: string;
  /** The customer's current line, which the session carries (re-verification codes go there). */
  phone: string;
  passkeyId: string;
}

async function recordRejection(customerId: string, details: Record<string, unknown>): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => appendAuditEvent(tx, { type: 'identity.passkey_rejected', actorType: 'customer', actorId: customerId, customerId, details }));
}

/**
 * Step 2 of a passkey sign-in: the authenticator's signed answer. Checks, in order: the
 * challenge (single use, five minutes), the credential (and, in the customer-number route, its
 * owner), the signature with user verification, the signature counter, and that the customer
 * still holds a line today. Only then is the counter moved on, with the audit event, in one
 * transaction; the caller starts the session.
 */
export async function verifyPasskeySignIn(
  relyingParty: RelyingParty,
  request: { challengeId: string; response: AuthenticationResponse },
): Promise<PasskeySignIn> {
  const challenge = await consumeChallenge(request.challengeId, 'authenticate');
  const db = await getDb();
  const passkey = await db.passkey.findUnique({ where: { credentialId: request.response.id } });
  if (!passkey) throw new PasskeyRejectedError('passkey_rejected', 'unknown credential');
  const audit = { passkeyId: passkey.id, challengeId: request.challengeId };
  if (challenge.customerId && challenge.customerId !== passkey.customerId) {
    throw new PasskeyRejectedError('passkey_rejected', 'credential of another customer than the one named');
  }
  const userHandle = request.response.response.userHandle;
  // Not signed by the authenticator, so a mismatch is refused but not worth an audit entry.
  if (userHandle && Buffer.from(userHandle, 'base64url').toString('utf8') !== passkey.customerId) {
    throw new PasskeyRejectedError('passkey_rejected', 'user handle does not match the credential');
  }

  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response: request.response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      // The counter is compared below, after the signature, so that a "cloned authenticator"
      // entry in the audit log is only ever written for a genuinely signed answer.
      credential: { id: passkey.credentialId, publicKey: passkey.publicKey, counter: 0, transports: passkey.transports as AuthenticatorTransportFuture[] },
      requireUserVerification: true,
    });
  } catch (error) {
    await recordRejection(passkey.customerId, { ...audit, reason: 'invalid_response' });
    throw new PasskeyRejectedError('passkey_rejected', error instanceof Error ? error.message : 'verification failed');
  }
  if (!verification.verified) {
    await recordRejection(passkey.customerId, { ...audit, reason: 'bad_signature' });
    throw new PasskeyRejectedError('passkey_rejected', 'signature does not verify');
  }

  // WebAuthn §6.1.1: a counter that does not move forward means the key may have been cloned.
  // Authenticators that keep no counter always send 0, and that is allowed while we hold 0.
  const stored = passkey.counter;
  const received = BigInt(verification.authenticationInfo.newCounter);
  if ((received > 0n || stored > 0n) && received <= stored) {
    await recordRejection(passkey.customerId, { ...audit, reason: 'counter_not_increased', storedCounter: stored.toString(), receivedCounter: received.toString() });
    throw new PasskeyRejectedError('passkey_rejected', `counter ${received} not above ${stored}: possibly a cloned authenticator`);
  }

  // A line that has changed hands gives no access, whatever the customer holds (rule 22).
  const now = new Date();
  const line = await db.phoneLine.findFirst({
    where: { customerId: passkey.customerId, activeFrom: { lte: now }, OR: [{ activeTo: null }, { activeTo: { gt: now } }] },
    orderBy: { activeFrom: 'desc' },
    select: { phone: true },
  });
  if (!line) {
    await recordRejection(passkey.customerId, { ...audit, reason: 'no_active_line' });
    throw new PasskeyRejectedError('passkey_no_line', 'the customer holds no line today');
  }

  await db.$transaction(async (tx) => {
    // Guarded on the counter read above: of two answers racing with the same counter, one wins.
    const moved = await tx.passkey.updateMany({ where: { id: passkey.id, counter: stored }, data: { counter: received, lastUsedAt: now } });
    if (moved.count !== 1) throw new PasskeyRejectedError('passkey_rejected', 'counter changed concurrently');
    await appendAuditEvent(tx, {
      type: 'identity.passkey_signed_in',
      actorType: 'customer',
      actorId: passkey.customerId,
      customerId: passkey.customerId,
      details: { ...audit, route: challenge.customerId ? 'customer_number' : 'discoverable' },
    });
  });
  return { customerId: passkey.customerId, phone: line.phone, passkeyId: passkey.id };
}

// ─── Managing passkeys ────────────────────────────────────────────────────────

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The customer's passkeys, oldest first, without key material. */
export async function listPasskeys(customerId: AuthorizedCustomerId): Promise<PasskeySummary[]> {
  const db = await getDb();
  return db.passkey.findMany({ where: { customerId }, select: { id: true, name: true, createdAt: true, lastUsedAt: true }, orderBy: { createdAt: 'asc' } });
}

/** Removes one of the customer's own passkeys; anyone else's id is simply not found. */
export async function removePasskey(session: CustomerSession, passkeyId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, customerId: session.customerId }, select: { id: true, name: true } });
    if (!passkey) throw new AppError('not_found', 'no such passkey for this customer');
    await tx.passkey.delete({ where: { id: passkey.id } });
    await appendAuditEvent(tx, {
      type: 'identity.passkey_removed',
      actorType: 'customer',
      actorId: session.customerId,
      customerId: session.customerId,
      details: { passkeyId: passkey.id, name: passkey.name, sessionId: session.sessionId },
    });
  });
}
