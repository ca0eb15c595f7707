import 'server-only';
import QRCode from 'qrcode';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { authenticateStaff, hashRecoveryCode } from './authentication';
import { checkTotp, newRecoveryCodes, newTotpSecret, totpUri } from './totp';

export interface EnrolmentCredentials {
  email: string;
  password: string;
  requestedFrom: string;
}

async function passwordHolderNeedingEnrolment(credentials: EnrolmentCredentials) {
  const staff = await authenticateStaff({ ...credentials, channel: 'browser' });
  if (!staff.enrolmentRequired) throw new AppError('conflict', 'second factor already enrolled');
  return staff;
}

/** First sign-in: proves the password, then shows a new secret as a QR code (and as text for manual entry). */
export async function beginTotpEnrolment(credentials: EnrolmentCredentials): Promise<{ secret: string; qrSvg: string }> {
  const staff = await passwordHolderNeedingEnrolment(credentials);
  const { secret, sealed } = newTotpSecret();
  const db = await getDb();
  await db.staffUser.update({ where: { id: staff.staffUserId }, data: { totpSecret: sealed } });
  const qrSvg = await QRCode.toString(totpUri(credentials.email.trim().toLowerCase(), secret), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, qrSvg };
}

/** A code from the new secret completes enrolment; the recovery codes are returned once and kept only hashed. */
export async function completeTotpEnrolment(credentials: EnrolmentCredentials, code: string): Promise<string[]> {
  const staff = await passwordHolderNeedingEnrolment(credentials);
  const db = await getDb();
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: staff.staffUserId }, omit: { totpSecret: false } });
  if (!user.totpSecret || !checkTotp(user.totpSecret, code.trim())) throw new AppError('validation_failed', 'enrolment code wrong', { fieldErrors: [{ field: 'code', message: 'does not match the authenticator app' }] });
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { totpEnrolledAt: new Date(), recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) } });
    await appendAuditEvent(tx, { type: 'staff.totp_enrolled', actorType: 'staff', actorId: user.id, details: {} });
  });
  return recoveryCodes;
}
