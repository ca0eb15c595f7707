import 'server-only';
import { randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { getConfig } from '@/lib/config';
import { openWithMasterKey, sealWithMasterKey } from '@/lib/crypto/master-key-seal';

/** Staff second factor (rule 10): RFC 6238 codes, the secret kept sealed under the master key. */
const purpose = 'wglad:staff-totp-secret';
/** One step either side tolerates a phone clock that is up to 30 s off. */
const driftSteps = 1;
const stepSeconds = 30;

export function newTotpSecret(): { secret: string; sealed: string } {
  const secret = authenticator.generateSecret(20);
  return { secret, sealed: sealWithMasterKey(Buffer.from(secret), getConfig().masterKey, purpose) };
}

export function totpUri(email: string, secret: string): string {
  return authenticator.keyuri(email, 'Wgląd', secret);
}

/**
 * The RFC 6238 time step (counter) a code belongs to, or null when the code is wrong. The
 * caller stores the step of an accepted code and refuses any code at or before it, which is
 * what makes a code single-use (a code stays valid for up to three steps otherwise).
 */
export function totpStepOf(sealed: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const secret = openWithMasterKey(sealed, getConfig().masterKey, purpose).toString();
  const delta = authenticator.clone({ epoch: now, step: stepSeconds, window: driftSteps }).checkDelta(code, secret);
  return delta === null ? null : Math.floor(now / 1000 / stepSeconds) + delta;
}

export function checkTotp(sealed: string, code: string): boolean {
  return totpStepOf(sealed, code) !== null;
}

/** Ten one-time recovery codes, shown once at enrolment; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => randomBytes(5).toString('hex').toUpperCase().replace(/(.{5})/, '$1-'));
}
