import 'server-only';
import { randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { StaffRole } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Staff administration (rule 10): invite, change roles, deactivate, reset the second factor,
 * unlock. Callers have checked `staff.manage`; each change and its audit event share one
 * transaction. One invariant holds throughout: at least one active admin remains, so the
 * back office can never lock itself out.
 */

export interface StaffActor {
  staffUserId: string;
}

export interface StaffListEntry {
  id: string;
  name: string;
  email: string;
  roles: StaffRole[];
  active: boolean;
  secondFactorEnrolled: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
}

/** Who was changed, for the confirmation the admin reads. */
export interface ChangedMember {
  name: string;
}

export interface InviteStaffOptions {
  name: string;
  email: string;
  roles: StaffRole[];
}

/** Refused because the change would leave no active admin. */
export class LastAdminError extends AppError {
  constructor() {
    super('conflict', 'the change would leave no active admin');
  }
}

/** Refused because another account already uses the e-mail address. */
export class EmailTakenError extends AppError {
  constructor() {
    super('conflict', 'a staff account with this e-mail exists', { fieldErrors: [{ field: 'email', message: 'already used' }] });
  }
}

/** Any constant works; it serialises staff changes so two admins cannot demote each other at once. */
const staffChangeLockId = 4_711_002;

/** No 0/O or 1/l/I: the admin reads it out or types it into a message. */
const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 20 characters from 55 (about 115 bits), in groups of five for reading aloud. */
export function newTemporaryPassword(): string {
  const chars = Array.from({ length: 20 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]);
  return chars.join('').replace(/(.{5})(?!$)/g, '$1-');
}

export async function listStaffMembers(): Promise<StaffListEntry[]> {
  const db = await getDb();
  const users = await db.staffUser.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, roles: true, active: true, totpEnrolledAt: true, lockedUntil: true, lastSignInAt: true },
  });
  const now = new Date();
  return users.map(({ totpEnrolledAt, lockedUntil, ...user }) => ({
    ...user,
    secondFactorEnrolled: Boolean(totpEnrolledAt),
    lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil : null,
  }));
}

async function lockStaffChanges(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${staffChangeLockId})`;
}

async function findTarget(tx: Tx, staffUserId: string) {
  const user = await tx.staffUser.findUnique({ where: { id: staffUserId }, select: { id: true, name: true, roles: true, active: true } });
  if (!user) throw new AppError('not_found', `no staff user ${staffUserId}`);
  return user;
}

/** Counted in code: Prisma's `has` on enum arrays fails on the embedded PGlite driver. */
async function assertAdminRemains(tx: Tx, after: { staffUserId: string; roles: StaffRole[]; active: boolean }): Promise<void> {
  if (after.active && after.roles.includes('admin')) return;
  const others = await tx.staffUser.findMany({ where: { active: true, id: { not: after.staffUserId } }, select: { roles: true } });
  if (!others.some((user) => user.roles.includes('admin'))) throw new LastAdminError();
}

async function revokeSessions(tx: Tx, staffUserId: string): Promise<number> {
  const { count } = await tx.authSession.updateMany({ where: { staffUserId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** Creates the account with a one-time temporary password, returned once; the second factor is enrolled at first sign-in. */
export async function inviteStaffMember(actor: StaffActor, options: InviteStaffOptions): Promise<{ staffUserId: string; temporaryPassword: string }> {
  const email = options.email.trim().toLowerCase();
  const roles = [...new Set(options.roles)];
  if (roles.length === 0) throw new AppError('validation_failed', 'a staff member needs a role', { fieldErrors: [{ field: 'roles', message: 'choose at least one' }] });
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hash(temporaryPassword);
  const db = await getDb();
  const staffUserId = await db.$transaction(async (tx) => {
    await lockStaffChanges(tx);
    if (await tx.staffUser.findUnique({ where: { email }, select: { id: true } })) throw new EmailTakenError();
    const user = await tx.staffUser.create({ data: { email, name: options.name.trim(), passwordHash, roles } });
    await appendAuditEvent(tx, { type: 'staff.created', actorType: 'staff', actorId: actor.staffUserId, details: { staffUserId: user.id, roles } });
    return user.id;
  });
  return { staffUserId, temporaryPassword };
}

export async function changeStaffRoles(actor: StaffActor, staffUserId: string, roles: StaffRole[]): Promise<ChangedMember> {
  const next = [...new Set(roles)];
  if (next.length === 0) throw new AppError('validation_failed', 'a staff member needs a role', { fieldErrors: [{ field: 'roles', message: 'choose at least one' }] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockStaffChanges(tx);
    const user = await findTarget(tx, staffUserId);
    await assertAdminRemains(tx, { staffUserId, roles: next, active: user.active });
    await tx.staffUser.update({ where: { id: staffUserId }, data: { roles: next } });
    await appendAuditEvent(tx, { type: 'staff.roles_changed', actorType: 'staff', actorId: actor.staffUserId, details: { staffUserId, from: user.roles, to: next } });
    return { name: user.name };
  });
}

/** Deactivation ends the member's sessions at once; the account stays for the audit trail. */
export async function setStaffActive(actor: StaffActor, staffUserId: string, active: boolean): Promise<ChangedMember> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockStaffChanges(tx);
    const user = await findTarget(tx, staffUserId);
    if (user.active === active) return { name: user.name };
    await assertAdminRemains(tx, { staffUserId, roles: user.roles, active });
    await tx.staffUser.update({ where: { id: staffUserId }, data: { active } });
    const sessionsEnded = active ? 0 : await revokeSessions(tx, staffUserId);
    await appendAuditEvent(tx, { type: active ? 'staff.reactivated' : 'staff.deactivated', actorType: 'staff', actorId: actor.staffUserId, details: { staffUserId, sessionsEnded } });
    return { name: user.name };
  });
}

/** A lost phone: the secret and recovery codes go, sessions end, and the next sign-in enrols again. */
export async function resetStaffSecondFactor(actor: StaffActor, staffUserId: string): Promise<ChangedMember> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await findTarget(tx, staffUserId);
    await tx.staffUser.update({ where: { id: staffUserId }, data: { totpSecret: null, totpEnrolledAt: null, totpLastUsedStep: null, recoveryCodeHashes: [] } });
    const sessionsEnded = await revokeSessions(tx, staffUserId);
    await appendAuditEvent(tx, { type: 'staff.second_factor_reset', actorType: 'staff', actorId: actor.staffUserId, details: { staffUserId, sessionsEnded } });
    return { name: user.name };
  });
}

export async function unlockStaffMember(actor: StaffActor, staffUserId: string): Promise<ChangedMember> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await findTarget(tx, staffUserId);
    await tx.staffUser.update({ where: { id: staffUserId }, data: { lockedUntil: null, failedSignIns: 0 } });
    await appendAuditEvent(tx, { type: 'staff.unlocked', actorType: 'staff', actorId: actor.staffUserId, details: { staffUserId } });
    return { name: user.name };
  });
}
