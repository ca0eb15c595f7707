import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Small secrets sealed under the master key with AES-256-GCM: recording data keys, staff TOTP
 * secrets. The purpose is bound as associated data, so a secret sealed for one use can never
 * be passed off as another.
 *
 * Sealed form, base64: version (1 byte) | IV (12) | ciphertext | GCM tag (16).
 */

const FORMAT_VERSION = 1;
const MASTER_KEY_LENGTH = 32;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

export class SealError extends Error {
  override name = 'SealError';
}

function associatedData(purpose: string): Buffer {
  return Buffer.concat([Buffer.of(FORMAT_VERSION), Buffer.from(purpose)]);
}

function assertMasterKey(masterKey: Buffer): void {
  if (masterKey.length !== MASTER_KEY_LENGTH) throw new TypeError(`The master key must be ${MASTER_KEY_LENGTH} bytes.`);
}

export function sealWithMasterKey(secret: Buffer, masterKey: Buffer, purpose: string): string {
  assertMasterKey(masterKey);
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(associatedData(purpose));
  const encrypted = Buffer.concat([cipher.update(secret), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT_VERSION), iv, encrypted, cipher.getAuthTag()]).toString('base64');
}

/** Throws SealError for a malformed value, a wrong master key, another purpose or any alteration. */
export function openWithMasterKey(sealed: string, masterKey: Buffer, purpose: string, expectedLength?: number): Buffer {
  assertMasterKey(masterKey);
  const bytes = Buffer.from(sealed, 'base64');
  const secretLength = bytes.length - 1 - IV_LENGTH - TAG_LENGTH;
  if (secretLength < 0 || bytes[0] !== FORMAT_VERSION || (expectedLength !== undefined && secretLength !== expectedLength)) {
    throw new SealError('The sealed secret is malformed or of an unknown version.');
  }
  const decipher = createDecipheriv('aes-256-gcm', masterKey, bytes.subarray(1, 1 + IV_LENGTH), { authTagLength: TAG_LENGTH });
  decipher.setAAD(associatedData(purpose));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_LENGTH));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(1 + IV_LENGTH, bytes.length - TAG_LENGTH)), decipher.final()]);
  } catch {
    throw new SealError('The sealed secret could not be opened: wrong master key, wrong purpose or altered value.');
  }
}
