import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { SoftAuthenticator } from '@/test/soft-authenticator';
import { authenticationResponseSchema, registrationRequestSchema } from './passkey-schema';
import {
  completePasskeyRegistration,
  createAuthenticationOptions,
  createRegistrationOptions,
  listPasskeys,
  mayAddPasskey,
  passkeyChallengeLifetimeMs,
  relyingPartyFor,
  removePasskey,
  verifyPasskeySignIn,
  type RelyingParty,
} from './passkeys';
import { freshVerificationMs, resolveCustomerSession, startCustomerSession, type CustomerSession } from './sessions';

withTestDatabase();

const rp: RelyingParty = { id: 'portal.example', origin: 'https://portal.example' };
const ceremony = { origin: rp.origin };
let phoneSequence = 0;

async function seedCustomer(lines: { activeFrom: Date; activeTo?: Date | null }[] = [{ activeFrom: new Date('2020-01-01') }]) {
  const db = await getDb();
  phoneSequence += 1;
  const phone = `+48600${String(phoneSequence).padStart(6, '0')}`;
  const customer = await db.customer.create({
    data: {
      customerNumber: `C-${randomUUID().slice(0, 8).toUpperCase()}`,
      fullName: 'Klient Testowy',
      lines: { create: lines.map((line) => ({ phone, activeFrom: line.activeFrom, activeTo: line.activeTo ?? null })) },
    },
  });
  return { ...customer, phone };
}

async function signedIn(customer: { id: string; phone: string }): Promise<CustomerSession> {
  const { sessionId } = await startCustomerSession({ customerId: customer.id, phone: customer.phone, withToken: false });
  return (await resolveCustomerSession({ sessionId }))!;
}

/** A customer with one passkey on `authenticator`, registered through the real ceremony. */
async function customerWithPasskey(authenticator = new SoftAuthenticator()) {
  const customer = await seedCustomer();
  const session = await signedIn(customer);
  const { challengeId, options } = await createRegistrationOptions(session, rp);
  const request = registrationRequestSchema.parse({ challengeId, name: 'Telefon', response: authenticator.register(options, ceremony) });
  const passkey = await completePasskeyRegistration(session, rp, request);
  return { customer, session, authenticator, passkey };
}

async function signInWith(authenticator: SoftAuthenticator, options: { customerNumber?: string; userVerified?: boolean; origin?: string } = {}) {
  const { challengeId, options: requestOptions } = await createAuthenticationOptions(rp, { customerNumber: options.customerNumber, requestedFrom: `192.0.2.${phoneSequence}` });
  const response = authenticationResponseSchema.parse(authenticator.authenticate(requestOptions, { origin: options.origin ?? rp.origin, userVerified: options.userVerified }));
  return { challengeId, response, result: () => verifyPasskeySignIn(rp, { challengeId, response }) };
}

async function auditTypes(customerId: string) {
  const db = await getDb();
  return (await db.auditEvent.findMany({ where: { customerId }, orderBy: { seq: 'asc' } })).map((event) => ({ type: event.type, details: event.details as Record<string, unknown> }));
}

afterEach(() => vi.useRealTimers());

describe('passkey registration', () => {
  it('stores the public key and counter, lists it without key material, and audits the addition', async () => {
    const { customer, session, passkey } = await customerWithPasskey();
    const db = await getDb();
    const row = await db.passkey.findUniqueOrThrow({ where: { id: passkey.id } });
    expect(row).toMatchObject({ customerId: customer.id, name: 'Telefon', counter: 0n, transports: ['internal'], lastUsedAt: null });
    expect(row.publicKey.length).toBeGreaterThan(60);
    const events = await auditTypes(customer.id);
    const listed = await listPasskeys(session.customerId);
    expect(listed).toEqual([{ id: passkey.id, name: 'Telefon', createdAt: row.createdAt, lastUsedAt: null }]);
    expect(Object.keys(listed[0]!)).not.toContain('publicKey');
    expect(events.at(-1)).toMatchObject({ type: 'identity.passkey_added', details: { passkeyId: passkey.id, name: 'Telefon', userVerified: true } });
  });

  it('asks for user verification and a discoverable key, and excludes keys already registered', async () => {
    const { session, authenticator } = await customerWithPasskey();
    const db = await getDb();
    await db.authSession.update({ where: { id: session.sessionId }, data: { verifiedAt: new Date() } });
    const { options } = await createRegistrationOptions((await resolveCustomerSession({ sessionId: session.sessionId }))!, rp);
    expect(options.authenticatorSelection).toMatchObject({ userVerification: 'required', residentKey: 'preferred' });
    expect(options.rp).toEqual({ name: 'Wgląd', id: 'portal.example' });
    expect(options.excludeCredentials).toHaveLength(1);
    expect(() => authenticator.register(options, ceremony)).toThrow(/InvalidStateError/);
  });

  it('needs a fresh verification: a session older than 10 minutes is sent to re-verify', async () => {
    const customer = await seedCustomer();
    const session = await signedIn(customer);
    const stale = { ...session, verifiedAt: new Date(Date.now() - freshVerificationMs - 1000) };
    expect(mayAddPasskey(session)).toBe(true);
    expect(mayAddPasskey(stale)).toBe(false);
    await expect(createRegistrationOptions(stale, rp)).rejects.toMatchObject({ code: 'reverification_required' });
    // …and also when the verification goes stale between the two steps.
    const { challengeId, options } = await createRegistrationOptions(session, rp);
    const request = registrationRequestSchema.parse({ challengeId, name: 'Laptop', response: new SoftAuthenticator().register(options, ceremony) });
    await expect(completePasskeyRegistration(stale, rp, request)).rejects.toMatchObject({ code: 'reverification_required' });
  });

  it('refuses an answer without user verification, from another origin, or for another session', async () => {
    const customer = await seedCustomer();
    const session = await signedIn(customer);
    const attempt = async (override: { userVerified?: boolean; origin?: string; session?: CustomerSession }) => {
      const { challengeId, options } = await createRegistrationOptions(session, rp);
      const response = new SoftAuthenticator().register(options, { origin: override.origin ?? rp.origin, userVerified: override.userVerified });
      return completePasskeyRegistration(override.session ?? session, rp, registrationRequestSchema.parse({ challengeId, name: 'X', response }));
    };
    await expect(attempt({ userVerified: false })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(attempt({ origin: 'https://portal.example.evil' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(attempt({ session: await signedIn(customer) })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await listPasskeys(session.customerId)).toEqual([]);
  });

  it('uses a registration challenge once only', async () => {
    const customer = await seedCustomer();
    const session = await signedIn(customer);
    const { challengeId, options } = await createRegistrationOptions(session, rp);
    const authenticator = new SoftAuthenticator();
    await completePasskeyRegistration(session, rp, registrationRequestSchema.parse({ challengeId, name: 'A', response: authenticator.register(options, ceremony) }));
    const again = registrationRequestSchema.parse({ challengeId, name: 'B', response: new SoftAuthenticator().register(options, ceremony) });
    await expect(completePasskeyRegistration(session, rp, again)).rejects.toMatchObject({ reason: 'passkey_expired' });
    expect(await listPasskeys(session.customerId)).toHaveLength(1);
  });
});

describe('passkey sign-in', () => {
  it('signs in usernameless: the passkey names the customer; the current line and the new counter are recorded', async () => {
    const { customer, passkey, authenticator } = await customerWithPasskey();
    const { challengeId, result } = await signInWith(authenticator);
    await expect(result()).resolves.toEqual({ customerId: customer.id, phone: customer.phone, passkeyId: passkey.id });
    const db = await getDb();
    const row = await db.passkey.findUniqueOrThrow({ where: { id: passkey.id } });
    expect(row.counter).toBe(1n);
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect((await auditTypes(customer.id)).at(-1)).toEqual({ type: 'identity.passkey_signed_in', details: { passkeyId: passkey.id, challengeId, route: 'discoverable' } });
  });

  it('signs in with the customer number first, listing only that customer’s passkeys', async () => {
    const { customer, passkey, authenticator } = await customerWithPasskey();
    const { challengeId, options } = await createAuthenticationOptions(rp, { customerNumber: customer.customerNumber, requestedFrom: '192.0.2.10' });
    const db = await getDb();
    expect(options.allowCredentials).toEqual([{ id: (await db.passkey.findUniqueOrThrow({ where: { id: passkey.id } })).credentialId, type: 'public-key', transports: ['internal'] }]);
    expect(options.userVerification).toBe('required');
    const response = authenticationResponseSchema.parse(authenticator.authenticate(options, ceremony));
    await expect(verifyPasskeySignIn(rp, { challengeId, response })).resolves.toMatchObject({ customerId: customer.id });
    expect((await auditTypes(customer.id)).at(-1)?.details).toMatchObject({ route: 'customer_number' });
  });

  it('answers a number without passkeys like one with a passkey (a stable decoy), and refuses another customer’s passkey for it', async () => {
    const other = await seedCustomer();
    const { authenticator } = await customerWithPasskey();
    const first = await createAuthenticationOptions(rp, { customerNumber: other.customerNumber, requestedFrom: '192.0.2.11' });
    const second = await createAuthenticationOptions(rp, { customerNumber: other.customerNumber, requestedFrom: '192.0.2.11' });
    const unknown = await createAuthenticationOptions(rp, { customerNumber: 'C-NOBODY', requestedFrom: '192.0.2.11' });
    expect(first.options.allowCredentials).toHaveLength(1);
    expect(first.options.allowCredentials).toEqual(second.options.allowCredentials);
    expect(unknown.options.allowCredentials).toHaveLength(1);
    expect(unknown.options.allowCredentials![0]!.id).not.toBe(first.options.allowCredentials![0]!.id);
    // A tampered client that answers with its own passkey anyway is refused.
    const response = authenticationResponseSchema.parse(authenticator.authenticate({ ...first.options, allowCredentials: [] }, ceremony));
    await expect(verifyPasskeySignIn(rp, { challengeId: first.challengeId, response })).rejects.toMatchObject({ reason: 'passkey_rejected' });
  });

  it('uses a sign-in challenge once only', async () => {
    const { authenticator } = await customerWithPasskey();
    const { challengeId, response, result } = await signInWith(authenticator);
    await result();
    await expect(verifyPasskeySignIn(rp, { challengeId, response })).rejects.toMatchObject({ reason: 'passkey_expired' });
    // A fresh signature over the same challenge does not help either.
    const { options } = await createAuthenticationOptions(rp, { requestedFrom: '192.0.2.12' });
    const resigned = authenticationResponseSchema.parse(authenticator.authenticate({ ...options, challenge: (await (await getDb()).webAuthnChallenge.findUniqueOrThrow({ where: { id: challengeId } })).challenge }, ceremony));
    await expect(verifyPasskeySignIn(rp, { challengeId, response: resigned })).rejects.toMatchObject({ reason: 'passkey_expired' });
  });

  it('lets a challenge expire after 5 minutes', async () => {
    const { authenticator } = await customerWithPasskey();
    const { challengeId, response } = await signInWith(authenticator);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + passkeyChallengeLifetimeMs + 1000);
    await expect(verifyPasskeySignIn(rp, { challengeId, response })).rejects.toMatchObject({ reason: 'passkey_expired', code: 'unauthenticated' });
  });

  it('refuses a cloned authenticator whose counter does not move forward, and records it', async () => {
    const { customer, passkey, authenticator } = await customerWithPasskey();
    const clone = authenticator.clone();
    await (await signInWith(authenticator)).result(); // counter 1
    await (await signInWith(authenticator)).result(); // counter 2
    const cloned = await signInWith(clone); // the clone also says 1
    await expect(cloned.result()).rejects.toMatchObject({ reason: 'passkey_rejected' });
    await (await signInWith(clone)).result().catch(() => undefined); // the clone says 2: still not above 2
    const db = await getDb();
    expect((await db.passkey.findUniqueOrThrow({ where: { id: passkey.id } })).counter).toBe(2n);
    const rejections = (await auditTypes(customer.id)).filter((event) => event.type === 'identity.passkey_rejected');
    expect(rejections.map((event) => event.details)).toEqual([
      expect.objectContaining({ passkeyId: passkey.id, reason: 'counter_not_increased', storedCounter: '2', receivedCounter: '1' }),
      expect.objectContaining({ passkeyId: passkey.id, reason: 'counter_not_increased', storedCounter: '2', receivedCounter: '2' }),
    ]);
    // The genuine authenticator, a step ahead, still works.
    await expect((await signInWith(authenticator)).result()).resolves.toMatchObject({ customerId: customer.id });
  });

  it('requires user verification and the portal’s own origin', async () => {
    const { authenticator } = await customerWithPasskey();
    await expect((await signInWith(authenticator, { userVerified: false })).result()).rejects.toMatchObject({ reason: 'passkey_rejected' });
    await expect((await signInWith(authenticator, { origin: 'https://phishing.example' })).result()).rejects.toMatchObject({ reason: 'passkey_rejected' });
    await expect((await signInWith(authenticator)).result()).resolves.toBeDefined();
  });

  it('refuses an unknown credential and a tampered signature', async () => {
    const { authenticator } = await customerWithPasskey();
    const stranger = new SoftAuthenticator();
    const strangerRegistration = await createRegistrationOptions(await signedIn(await seedCustomer()), rp);
    stranger.register(strangerRegistration.options, ceremony); // registered on the device, never completed on the server
    await expect((await signInWith(stranger)).result()).rejects.toMatchObject({ reason: 'passkey_rejected' });
    const attempt = await signInWith(authenticator);
    const signature = Buffer.from(attempt.response.response.signature, 'base64url');
    signature.writeUInt8(signature.readUInt8(signature.length - 1) ^ 1, signature.length - 1);
    const tampered = { ...attempt.response, response: { ...attempt.response.response, signature: signature.toString('base64url') } };
    await expect(verifyPasskeySignIn(rp, { challengeId: attempt.challengeId, response: tampered })).rejects.toMatchObject({ reason: 'passkey_rejected' });
  });

  it('refuses a customer whose line ownership has ended', async () => {
    const { customer, authenticator } = await customerWithPasskey();
    const db = await getDb();
    await db.phoneLine.updateMany({ where: { customerId: customer.id }, data: { activeTo: new Date(Date.now() - 60_000) } });
    await expect((await signInWith(authenticator)).result()).rejects.toMatchObject({ reason: 'passkey_no_line' });
    expect((await auditTypes(customer.id)).at(-1)).toMatchObject({ type: 'identity.passkey_rejected', details: { reason: 'no_active_line' } });
  });
});

describe('removing a passkey', () => {
  it('removes the customer’s own passkey with an audit event; another customer’s id is not found', async () => {
    const { customer, session, passkey, authenticator } = await customerWithPasskey();
    const other = await signedIn(await seedCustomer());
    await expect(removePasskey(other, passkey.id)).rejects.toMatchObject({ code: 'not_found' });
    await removePasskey(session, passkey.id);
    expect(await listPasskeys(session.customerId)).toEqual([]);
    expect((await auditTypes(customer.id)).at(-1)).toMatchObject({ type: 'identity.passkey_removed', details: { passkeyId: passkey.id } });
    await expect((await signInWith(authenticator)).result()).rejects.toMatchObject({ reason: 'passkey_rejected' });
  });
});

describe('relyingPartyFor', () => {
  it('takes the host from Host and the scheme from X-Forwarded-Proto', () => {
    expect(relyingPartyFor(new Headers({ host: 'Portal.Example', 'x-forwarded-proto': 'https' }))).toEqual({ id: 'portal.example', origin: 'https://portal.example' });
    expect(relyingPartyFor({ host: 'localhost:3104' })).toEqual({ id: 'localhost', origin: 'http://localhost:3104' });
    expect(relyingPartyFor({ host: 'portal.example:443', 'x-forwarded-proto': 'https, http' })).toEqual({ id: 'portal.example', origin: 'https://portal.example' });
  });

  it('refuses a missing or unusable Host', () => {
    for (const host of [undefined, '', 'evil.example/path', 'a b', '[::1]:3000', 'user@host']) {
      expect(() => relyingPartyFor({ host })).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    }
  });
});
