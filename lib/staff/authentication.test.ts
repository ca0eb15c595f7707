import { hash } from '@node-rs/argon2';
import { authenticator } from 'otplib';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { authenticateStaff, hashRecoveryCode } from './authentication';
import { newTotpSecret } from './totp';

withTestDatabase();

const password = 'correct-horse-battery';

/** An enrolled staff member with a known TOTP secret and one recovery code. */
async function enrolledStaff(email: string) {
  const db = await getDb();
  const { secret, sealed } = newTotpSecret();
  const recoveryCode = 'ABCDE-12345';
  await db.staffUser.create({
    data: { email, name: email, passwordHash: await hash(password), roles: ['agent'], totpSecret: sealed, totpEnrolledAt: new Date(), recoveryCodeHashes: [hashRecoveryCode(recoveryCode)] },
  });
  return { secret, recoveryCode };
}

const signIn = (email: string, secondFactor: string) => authenticateStaff({ email, password, secondFactor, requestedFrom: `test-${email}`, channel: 'api' });

async function failureReasons(email: string) {
  const db = await getDb();
  const user = await db.staffUser.findUniqueOrThrow({ where: { email } });
  const events = await db.auditEvent.findMany({ where: { type: 'staff.sign_in_failed', actorId: user.id }, orderBy: { seq: 'asc' } });
  return events.map((event) => (event.details as { reason: string }).reason);
}

describe('staff second factor is single-use', () => {
  it('refuses a TOTP code that already signed in, and any earlier code', async () => {
    const email = 'replay@test';
    const { secret } = await enrolledStaff(email);
    // Codes for this step and the next: both stay acceptable if the clock ticks over mid-test.
    const current = authenticator.generate(secret);
    const next = authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret);

    await expect(signIn(email, current)).resolves.toMatchObject({ enrolmentRequired: false });
    await expect(signIn(email, current)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(signIn(email, next)).resolves.toMatchObject({ enrolmentRequired: false });
    await expect(signIn(email, next)).rejects.toMatchObject({ code: 'unauthenticated' });
    // A code from before the last accepted one is as stale as a reused one.
    await expect(signIn(email, current)).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await failureReasons(email)).toEqual(['second_factor_reused', 'second_factor_reused', 'second_factor_reused']);
  });

  it('lets only one of two concurrent sign-ins with the same TOTP code through', async () => {
    const email = 'race-totp@test';
    const { secret } = await enrolledStaff(email);
    const code = authenticator.generate(secret);
    const outcomes = await Promise.allSettled([signIn(email, code), signIn(email, code)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('lets a recovery code sign in once, even when two sign-ins race with it', async () => {
    const email = 'race-recovery@test';
    const { recoveryCode } = await enrolledStaff(email);
    const outcomes = await Promise.allSettled([signIn(email, recoveryCode), signIn(email, recoveryCode.toLowerCase())]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(signIn(email, recoveryCode)).rejects.toMatchObject({ code: 'unauthenticated' });
    const db = await getDb();
    expect((await db.staffUser.findUniqueOrThrow({ where: { email }, omit: { recoveryCodeHashes: false } })).recoveryCodeHashes).toEqual([]);
  });
});
