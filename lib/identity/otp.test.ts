import { beforeEach, describe, expect, it, vi } from 'vitest';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { CodeRejectedError, createReverifyChallenge, createSignInChallenge, verifyChallengeCode } from './otp';
import { endSession, markSessionReverified, startCustomerSession, startStaffSession } from './sessions';

// The SMS gateway is the only thing replaced: the codes it would have sent are kept here.
const sentTexts: string[] = [];
vi.mock('@/lib/notifications/sms', () => ({
  SmsDeliveryError: class extends Error {},
  sendSms: async (message: { text: string }) => {
    sentTexts.push(message.text);
  },
}));

withTestDatabase();

const phone = '+48600777001';
const lastCode = () => /\b(\d{6})\b/.exec(sentTexts.at(-1) ?? '')![1]!;

async function auditTrail() {
  const db = await getDb();
  return db.auditEvent.findMany({ orderBy: { seq: 'asc' }, select: { type: true, details: true } });
}

describe('one-time codes and sessions, as the audit log sees them', () => {
  beforeEach(() => {
    sentTexts.length = 0;
  });

  it('records the request, the wrong code, the sign-in, the re-verification and the sign-out, never a code', async () => {
    const customer = await upsertCustomerFromCrm('C-OTP-1', { fullName: 'Klient Kodowy', lines: [{ phone, activeFrom: new Date('2020-01-01') }] }, 'crm-test');
    const signIn = await createSignInChallenge({ phone, customerNumber: 'C-OTP-1', requestedFrom: '203.0.113.7', locale: 'pl' });
    const code = lastCode();
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(verifyChallengeCode(signIn.challengeId, wrong)).rejects.toBeInstanceOf(CodeRejectedError);
    await expect(verifyChallengeCode(signIn.challengeId, code)).resolves.toMatchObject({ customerId: customer.id, purpose: 'sign_in' });

    const session = await startCustomerSession({ customerId: customer.id, phone, withToken: true });
    const reverify = await createReverifyChallenge({ customerId: customer.id, sessionId: session.sessionId, phone, requestedFrom: '203.0.113.7', locale: 'en' });
    const reverifyCode = lastCode();
    await verifyChallengeCode(reverify.challengeId, reverifyCode);
    await markSessionReverified(session.sessionId, customer.id);
    await endSession(session.sessionId);

    const trail = await auditTrail();
    expect(trail.map((event) => event.type)).toEqual([
      'customer.upserted',
      'identity.code_requested',
      'identity.code_rejected',
      'identity.signed_in',
      'identity.code_requested',
      'identity.reverified',
      'identity.signed_out',
    ]);
    const written = JSON.stringify(trail);
    for (const secret of [code, reverifyCode, wrong, session.token!]) expect(written).not.toContain(secret);
  });

  it('records a staff sign-out', async () => {
    const db = await getDb();
    const staff = await db.staffUser.create({ data: { email: 'otp-test@staff.wglad.test', name: 'Staff', passwordHash: 'not-used', roles: ['agent'] } });
    const session = await startStaffSession({ staffUserId: staff.id, withToken: false });
    await endSession(session.sessionId);
    expect((await auditTrail()).at(-1)).toEqual({ type: 'staff.signed_out', details: { sessionId: session.sessionId } });
  });
});
