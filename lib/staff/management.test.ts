import { verify } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { changeStaffRoles, inviteStaffMember, LastAdminError, listStaffMembers, resetStaffSecondFactor, setStaffActive, unlockStaffMember } from './management';

withTestDatabase();

let adminId = '';

async function eventsOf(type: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { type }, orderBy: { seq: 'asc' } });
}

beforeAll(async () => {
  const db = await getDb();
  adminId = (await db.staffUser.create({ data: { email: 'admin@test', name: 'Ada Admin', passwordHash: 'x', roles: ['admin'] } })).id;
});

describe('staff management', () => {
  it('invites with an argon2id hash of a one-time password and no second factor yet', async () => {
    const { staffUserId, temporaryPassword } = await inviteStaffMember({ staffUserId: adminId }, { name: ' Olga Konsultantka ', email: 'Olga@Test', roles: ['agent'] });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    const db = await getDb();
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: staffUserId }, omit: { passwordHash: false, totpSecret: false } });
    expect(user.email).toBe('olga@test');
    expect(user.name).toBe('Olga Konsultantka');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(user.passwordHash, temporaryPassword)).toBe(true);
    expect(user.totpSecret).toBeNull();
    expect(user.totpEnrolledAt).toBeNull();
    const [created] = await eventsOf('staff.created');
    expect(created).toMatchObject({ actorType: 'staff', actorId: adminId, details: { staffUserId, roles: ['agent'] } });
    expect(JSON.stringify(created?.details)).not.toContain(temporaryPassword);
  });

  it('refuses a second account with the same e-mail', async () => {
    await expect(inviteStaffMember({ staffUserId: adminId }, { name: 'Again', email: 'OLGA@test', roles: ['dpo'] })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('never leaves the portal without an active admin', async () => {
    await expect(changeStaffRoles({ staffUserId: adminId }, adminId, ['dpo'])).rejects.toBeInstanceOf(LastAdminError);
    await expect(setStaffActive({ staffUserId: adminId }, adminId, false)).rejects.toBeInstanceOf(LastAdminError);
    const db = await getDb();
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: adminId } })).roles).toEqual(['admin']);
    expect(await eventsOf('staff.roles_changed')).toHaveLength(0);

    // With a second active admin, the first may step down.
    const second = await inviteStaffMember({ staffUserId: adminId }, { name: 'Bartek Admin', email: 'bartek@test', roles: ['admin'] });
    await changeStaffRoles({ staffUserId: adminId }, adminId, ['admin', 'dpo']);
    await setStaffActive({ staffUserId: adminId }, second.staffUserId, false);
    await expect(setStaffActive({ staffUserId: adminId }, adminId, false)).rejects.toBeInstanceOf(LastAdminError);
    await setStaffActive({ staffUserId: adminId }, second.staffUserId, true);
    expect((await eventsOf('staff.deactivated')).map((event) => event.details)).toEqual([{ staffUserId: second.staffUserId, sessionsEnded: 0 }]);
    expect(await eventsOf('staff.reactivated')).toHaveLength(1);
  });

  it('audits a role change with the roles before and after', async () => {
    const db = await getDb();
    const olga = await db.staffUser.findUniqueOrThrow({ where: { email: 'olga@test' } });
    await changeStaffRoles({ staffUserId: adminId }, olga.id, ['agent', 'auditor']);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: olga.id } })).roles).toEqual(['agent', 'auditor']);
    const changes = await eventsOf('staff.roles_changed');
    expect(changes.at(-1)).toMatchObject({ actorId: adminId, details: { staffUserId: olga.id, from: ['agent'], to: ['agent', 'auditor'] } });
  });

  it('resets the second factor, ends sessions, and unlocks', async () => {
    const db = await getDb();
    const olga = await db.staffUser.update({
      where: { email: 'olga@test' },
      data: { totpSecret: 'sealed', totpEnrolledAt: new Date(), recoveryCodeHashes: ['h1'], failedSignIns: 3, lockedUntil: new Date(Date.now() + 60_000) },
    });
    await db.authSession.create({ data: { kind: 'staff', staffUserId: olga.id, expiresAt: new Date(Date.now() + 3_600_000), verifiedAt: new Date() } });
    expect((await listStaffMembers()).find((user) => user.id === olga.id)).toMatchObject({ secondFactorEnrolled: true, lockedUntil: expect.any(Date) });

    await resetStaffSecondFactor({ staffUserId: adminId }, olga.id);
    await unlockStaffMember({ staffUserId: adminId }, olga.id);
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: olga.id }, omit: { totpSecret: false, recoveryCodeHashes: false } });
    expect(after).toMatchObject({ totpSecret: null, totpEnrolledAt: null, recoveryCodeHashes: [], failedSignIns: 0, lockedUntil: null });
    expect(await db.authSession.count({ where: { staffUserId: olga.id, revokedAt: null } })).toBe(0);
    expect((await eventsOf('staff.second_factor_reset'))[0]?.details).toEqual({ staffUserId: olga.id, sessionsEnded: 1 });
    expect(await eventsOf('staff.unlocked')).toHaveLength(1);
  });
});
