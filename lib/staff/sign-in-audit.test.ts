import { authenticator } from 'otplib';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { authenticateStaff } from './authentication';
import { beginTotpEnrolment, completeTotpEnrolment } from './enrolment';
import { inviteStaffMember } from './management';

withTestDatabase();

describe('staff sign-in, as the audit log sees it', () => {
  it('records a refused sign-in and the enrolment of a second factor, never the password, secret or codes', async () => {
    const db = await getDb();
    const admin = await db.staffUser.create({ data: { email: 'admin@audit.test', name: 'Admin', passwordHash: 'x', roles: ['admin'] } });
    const { temporaryPassword } = await inviteStaffMember({ staffUserId: admin.id }, { name: 'Nowa Konsultantka', email: 'new@audit.test', roles: ['agent'] });
    const credentials = { email: 'new@audit.test', password: temporaryPassword, requestedFrom: '198.51.100.4' };

    await expect(authenticateStaff({ ...credentials, password: 'wrong-password-123', channel: 'api' })).rejects.toMatchObject({ code: 'unauthenticated' });
    const { secret } = await beginTotpEnrolment(credentials);
    const code = authenticator.generate(secret);
    const recoveryCodes = await completeTotpEnrolment(credentials, code);

    const events = await db.auditEvent.findMany({ where: { type: { in: ['staff.sign_in_failed', 'staff.totp_enrolled'] } }, orderBy: { seq: 'asc' } });
    expect(events.map((event) => [event.type, event.details])).toEqual([
      ['staff.sign_in_failed', { reason: 'wrong_password' }],
      ['staff.totp_enrolled', {}],
    ]);
    const written = JSON.stringify(await db.auditEvent.findMany({ select: { details: true } }));
    for (const secretValue of [temporaryPassword, secret, code, ...recoveryCodes]) expect(written).not.toContain(secretValue);
  });
});
