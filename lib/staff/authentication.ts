import 'server-only';
import { createHash } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Prisma, StaffRole } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enforceRateLimits } from '@/lib/identity/rate-limit';
import { totpStepOf } from './totp';

const maxFailures = 5;
const lockoutMs = 15 * 60_000;
/** Compared against when the e-mail is unknown, so a wrong e-mail costs as much time as a wrong password. */
const decoyHash = argonHash('decoy-password-for-timing');

export const hashRecoveryCode = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

export interface StaffSignInInput {
  email: string;
  password: string;
  /** A 6-digit TOTP code or a recovery code. */
  secondFactor?: string;
  requestedFrom: string;
  channel: 'api' | 'browser';
}

export interface AuthenticatedStaff {
  staffUserId: string;
  roles: StaffRole[];
  /** Password right but no second factor enrolled yet: the browser must enrol before anything else. */
  enrolmentRequired: boolean;
}

async function recordFailure(staffUserId: string | null, reason: string, failures?: number) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    if (staffUserId && failures !== undefined) {
      await tx.staffUser.update({ where: { id: staffUserId }, data: { failedSignIns: failures, ...(failures >= maxFailures ? { lockedUntil: new Date(Date.now() + lockoutMs), failedSignIns: 0 } : {}) } });
    }
    await appendAuditEvent(tx, { type: 'staff.sign_in_failed', actorType: 'staff', actorId: staffUserId, details: { reason } });
  });
  return new AppError('unauthenticated', `staff sign-in refused: ${reason}`);
}

type SecondFactorUse = { kind: 'totp'; step: number } | { kind: 'recovery_code'; hash: string };

function recognisedSecondFactor(sealedSecret: string, recoveryCodeHashes: string[], factor: string): SecondFactorUse | undefined {
  const step = totpStepOf(sealedSecret, factor);
  if (step !== null) return { kind: 'totp', step };
  const hash = factor ? hashRecoveryCode(factor) : '';
  return recoveryCodeHashes.includes(hash) ? { kind: 'recovery_code', hash } : undefined;
}

/**
 * Uses the factor up with a conditional update, so that of two sign-ins racing with the same
 * code only one changes a row: a TOTP step must be later than the last one accepted, and a
 * recovery code must still be in the list (raw SQL: PGlite's adapter mishandles array filters).
 */
async function claimSecondFactor(tx: Prisma.TransactionClient, staffUserId: string, use: SecondFactorUse): Promise<boolean> {
  if (use.kind === 'totp') {
    const { count } = await tx.staffUser.updateMany({
      where: { id: staffUserId, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: use.step } }] },
      data: { totpLastUsedStep: use.step },
    });
    return count === 1;
  }
  const removed = await tx.$executeRaw`UPDATE "staff_users" SET "recoveryCodeHashes" = array_remove("recoveryCodeHashes", ${use.hash}) WHERE "id" = ${staffUserId} AND ${use.hash} = ANY("recoveryCodeHashes")`;
  return removed === 1;
}

/**
 * E-mail, password (argon2id) and the second factor. Five failures lock the account for 15
 * minutes; attempts per address and per e-mail are rate limited in the database. Only the
 * bootstrap admin may use the API before enrolling a second factor, so that a fresh install
 * can be driven by automation (STAFF_API_REQUIRE_TOTP=1 removes even that). Each TOTP code and
 * each recovery code signs in at most once.
 */
export async function authenticateStaff(input: StaffSignInInput): Promise<AuthenticatedStaff> {
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  await enforceRateLimits(db, [
    { key: `staff-address:${input.requestedFrom}`, rule: { limit: 30, windowSeconds: 600 } },
    { key: `staff-email:${email}`, rule: { limit: 10, windowSeconds: 600 } },
  ]);
  const user = await db.staffUser.findUnique({ where: { email }, omit: { passwordHash: false, totpSecret: false, recoveryCodeHashes: false } });
  const passwordOk = await argonVerify(user?.passwordHash ?? (await decoyHash), input.password).catch(() => false);
  if (!user || !user.active) throw await recordFailure(user?.id ?? null, user ? 'inactive' : 'unknown_email');
  if (user.lockedUntil && user.lockedUntil > new Date()) throw await recordFailure(user.id, 'locked');
  if (!passwordOk) throw await recordFailure(user.id, 'wrong_password', user.failedSignIns + 1);

  const enrolled = Boolean(user.totpEnrolledAt && user.totpSecret);
  let factorUse: SecondFactorUse | undefined;
  if (enrolled) {
    const factor = input.secondFactor?.trim() ?? '';
    factorUse = recognisedSecondFactor(user.totpSecret!, user.recoveryCodeHashes, factor);
    if (!factorUse) throw await recordFailure(user.id, factor ? 'wrong_second_factor' : 'second_factor_missing', user.failedSignIns + 1);
  } else if (input.channel === 'api') {
    const config = getConfig();
    const bootstrapAdmin = !config.staffApiRequiresTotp && email === config.adminEmail?.toLowerCase();
    if (!bootstrapAdmin) throw await recordFailure(user.id, 'second_factor_not_enrolled');
  }

  const signedIn = await db.$transaction(async (tx) => {
    if (factorUse && !(await claimSecondFactor(tx, user.id, factorUse))) return false;
    await tx.staffUser.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() } });
    await appendAuditEvent(tx, { type: 'staff.signed_in', actorType: 'staff', actorId: user.id, details: { channel: input.channel, secondFactor: factorUse?.kind ?? 'not_enrolled' } });
    return true;
  });
  if (!signedIn) throw await recordFailure(user.id, 'second_factor_reused', user.failedSignIns + 1);
  return { staffUserId: user.id, roles: user.roles, enrolmentRequired: !enrolled };
}
