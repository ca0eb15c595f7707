import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { IntegrityError } from './errors';

/**
 * Envelope encryption: each recording has its own data key, stored only in wrapped form
 * (encrypted under the master key) in the database. Deleting the wrapped key shreds the
 * recording, even where a copy of the ciphertext survives in backups or object versions.
 *
 * Wrapped key, base64: version (1 byte) | IV (12) | encrypted data key (32) | GCM tag (16).
 */

const FORMAT_VERSION = 1;
const KEY_LENGTH = 32;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const WRAPPED_LENGTH = 1 + IV_LENGTH + KEY_LENGTH + TAG_LENGTH;

/** Binds the purpose, so nothing else the master key encrypts can be passed off as a data key. */
const PURPOSE = Buffer.from('wglad:recording-data-key');

function associatedData(version: number): Buffer {
  return Buffer.concat([Buffer.of(version), PURPOSE]);
}

function assertMasterKey(masterKey: Buffer): void {
  if (masterKey.length !== KEY_LENGTH) {
    throw new TypeError(`The master key must be ${KEY_LENGTH} bytes.`);
  }
}

export function generateDataKey(): Buffer {
  return randomBytes(KEY_LENGTH);
}

export function wrapDataKey(dataKey: Buffer, masterKey: Buffer): string {
  assertMasterKey(masterKey);
  if (dataKey.length !== KEY_LENGTH) {
    throw new TypeError(`A data key must be ${KEY_LENGTH} bytes.`);
  }
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(associatedData(FORMAT_VERSION));
  const encrypted = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([Buffer.of(FORMAT_VERSION), iv, encrypted, cipher.getAuthTag()]).toString('base64');
}

export function unwrapDataKey(wrappedKey: string, masterKey: Buffer): Buffer {
  assertMasterKey(masterKey);
  const bytes = Buffer.from(wrappedKey, 'base64');
  if (bytes.length !== WRAPPED_LENGTH || bytes[0] !== FORMAT_VERSION) {
    throw new IntegrityError('The wrapped data key is malformed or of an unknown version.');
  }
  const iv = bytes.subarray(1, 1 + IV_LENGTH);
  const encrypted = bytes.subarray(1 + IV_LENGTH, 1 + IV_LENGTH + KEY_LENGTH);
  const tag = bytes.subarray(1 + IV_LENGTH + KEY_LENGTH);
  const decipher = createDecipheriv('aes-256-gcm', masterKey, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(associatedData(FORMAT_VERSION));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(encrypted), decipher.final()]);
  } catch {
    throw new IntegrityError('The data key could not be unwrapped: wrong master key or altered wrapped key.');
  }
}
