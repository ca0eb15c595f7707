import 'server-only';
import { randomBytes } from 'node:crypto';
import { openWithMasterKey, SealError, sealWithMasterKey } from '@/lib/crypto/master-key-seal';
import { IntegrityError } from './errors';

/**
 * Envelope encryption: each recording has its own data key, stored only in wrapped form
 * (sealed under the master key) in the database. Deleting the wrapped key shreds the
 * recording, even where a copy of the ciphertext survives in backups or object versions.
 */

const KEY_LENGTH = 32;
const PURPOSE = 'wglad:recording-data-key';

export function generateDataKey(): Buffer {
  return randomBytes(KEY_LENGTH);
}

export function wrapDataKey(dataKey: Buffer, masterKey: Buffer): string {
  if (dataKey.length !== KEY_LENGTH) throw new TypeError(`A data key must be ${KEY_LENGTH} bytes.`);
  return sealWithMasterKey(dataKey, masterKey, PURPOSE);
}

export function unwrapDataKey(wrappedKey: string, masterKey: Buffer): Buffer {
  try {
    return openWithMasterKey(wrappedKey, masterKey, PURPOSE, KEY_LENGTH);
  } catch (error) {
    if (error instanceof SealError) throw new IntegrityError(`The data key could not be unwrapped: ${error.message}`);
    throw error;
  }
}
