import 'server-only';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { getConfig } from '@/lib/config';
import { chunkSpan, type Header, HEADER_LENGTH, parseHeader, plaintextSizeFromCiphertextSize } from './cipher-format';
import { decryptChunks, encryptChunks } from './chunked-cipher';
import { generateDataKey, unwrapDataKey, wrapDataKey } from './envelope-keys';
import { IntegrityError, RangeNotSatisfiableError, TooLargeError } from './errors';
import type { ObjectStore } from './object-store';
import { getObjectStore } from './store-from-config';

/**
 * Encrypted recordings: what the rest of the portal uses. The caller keeps `wrappedKey`
 * in the database beside `storageKey`; forgetting the wrapped key shreds the recording.
 */

export interface StoredRecording {
  /** Opaque; store it with the recording. Without it (and the master key) the object is noise. */
  wrappedKey: string;
  plaintextSize: number;
  storedSize: number;
  /** Hex SHA-256 of the plaintext, for integrity records and de-duplication checks. */
  sha256: string;
}

export interface RecordingRef {
  storageKey: string;
  wrappedKey: string;
}

/** Inclusive on both ends, like an HTTP Range; clamp `end` to plaintextSize - 1 before calling. */
export interface PlaintextRange {
  start: number;
  end: number;
}

export interface StorageHealth {
  ok: boolean;
  driver: ObjectStore['driver'];
  error?: string;
}

export function createVault({ store, masterKey }: { store: ObjectStore; masterKey: Buffer }) {
  /**
   * `storageKey` must be fresh for each recording: a failed store deletes whatever lies
   * under it. With `maxBytes`, throws TooLargeError as soon as the input passes the limit.
   */
  async function storeEncrypted(
    storageKey: string,
    plaintext: Readable | AsyncIterable<Uint8Array>,
    options: { maxBytes?: number } = {},
  ): Promise<StoredRecording> {
    const { maxBytes } = options;
    const dataKey = generateDataKey();
    const wrappedKey = wrapDataKey(dataKey, masterKey);
    const hash = createHash('sha256');
    let plaintextSize = 0;
    async function* metered(): AsyncGenerator<Uint8Array> {
      for await (const piece of plaintext as AsyncIterable<Uint8Array>) {
        plaintextSize += piece.byteLength;
        if (maxBytes !== undefined && plaintextSize > maxBytes) throw new TooLargeError(maxBytes);
        hash.update(piece);
        yield piece;
      }
    }
    try {
      const { size } = await store.put(storageKey, encryptChunks(metered(), dataKey));
      return { wrappedKey, plaintextSize, storedSize: size, sha256: hash.digest('hex') };
    } catch (error) {
      // The caller needs the original failure; should this delete fail too, what is left
      // is unreadable anyway, since its wrapped key is never handed out.
      await store.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  async function readHeader(storageKey: string): Promise<Header> {
    const pieces: Buffer[] = [];
    try {
      for await (const piece of await store.getRange(storageKey, 0, HEADER_LENGTH - 1)) {
        pieces.push(piece as Buffer);
      }
    } catch (error) {
      if (error instanceof RangeNotSatisfiableError) throw new IntegrityError('The encrypted recording is empty.');
      throw error;
    }
    return parseHeader(Buffer.concat(pieces));
  }

  /**
   * Reads only the chunks the range spans. Authentication failures surface as an
   * IntegrityError from the stream, at the chunk where they occur, so a client may already
   * have received earlier, genuine bytes.
   */
  async function openDecrypted(
    { storageKey, wrappedKey }: RecordingRef,
    range?: PlaintextRange,
  ): Promise<{ stream: Readable; plaintextSize: number }> {
    const dataKey = unwrapDataKey(wrappedKey, masterKey);
    const [objectSize, header] = await Promise.all([store.size(storageKey), readHeader(storageKey)]);
    const plaintextSize = plaintextSizeFromCiphertextSize(objectSize, header.chunkSize);
    const span = chunkSpan(plaintextSize, header.chunkSize, range);
    const ciphertext = await store.getRange(storageKey, span.ciphertextStart, span.ciphertextEnd);
    return { stream: Readable.from(decryptChunks(ciphertext, dataKey, header, span)), plaintextSize };
  }

  async function deleteObject(storageKey: string): Promise<void> {
    await store.delete(storageKey);
  }

  async function storageHealth(): Promise<StorageHealth> {
    try {
      await store.healthCheck();
      return { ok: true, driver: store.driver };
    } catch (error) {
      return { ok: false, driver: store.driver, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { storeEncrypted, openDecrypted, deleteObject, storageHealth };
}

export type Vault = ReturnType<typeof createVault>;

let defaultVault: Vault | undefined;

function vault(): Vault {
  defaultVault ??= createVault({ store: getObjectStore(), masterKey: getConfig().masterKey });
  return defaultVault;
}

export const storeEncrypted: Vault['storeEncrypted'] = (...args) => vault().storeEncrypted(...args);
export const openDecrypted: Vault['openDecrypted'] = (...args) => vault().openDecrypted(...args);
export const deleteObject: Vault['deleteObject'] = (...args) => vault().deleteObject(...args);
export const storageHealth: Vault['storageHealth'] = (...args) => vault().storageHealth(...args);
export { getObjectStore };
