import 'server-only';
import { randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { getConfig } from '@/lib/config';
import { openWithMasterKey, sealWithMasterKey } from '@/lib/crypto/master-key-seal';

/** Staff second factor (rule 10): RFC 6238 codes, the secret kept sealed under the master key. */
const purpose = 'wglad:staff-totp-secret';
authenticator.options = { window: 1 };

export function newTotpSecret(): { secret: string; sealed: string } {
  const secret = authenticator.generateSecret(20);
  return { secret, sealed: sealWithMasterKey(Buffer.from(secret), getConfig().masterKey, purpose) };
}

export function totpUri(email: string, secret: string): string {
  return authenticator.keyuri(email, 'Wgląd', secret);
}

export function checkTotp(sealed: string, code: string): boolean {
  const secret = openWithMasterKey(sealed, getConfig().masterKey, purpose).toString();
  return /^\d{6}$/.test(code) && authenticator.check(code, secret);
}

/** Ten one-time recovery codes, shown once at enrolment; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => randomBytes(5).toString('hex').toUpperCase().replace(/(.{5})/, '$1-'));
}
