import 'server-only';
import type { Readable } from 'node:stream';
import { InvalidStorageKeyError } from './errors';

export interface StoredObjectInfo {
  key: string;
  modifiedAt: Date;
}

/**
 * What the vault needs from a place to keep opaque bytes. Drivers never see plaintext or
 * keys; they only have to store whole objects atomically and serve byte ranges.
 */
export interface ObjectStore {
  readonly driver: 'disk' | 's3';
  /** Stores the whole stream under `key`, replacing any object there; readers never see a partial object. */
  put(key: string, source: AsyncIterable<Uint8Array>): Promise<{ size: number }>;
  /**
   * Bytes `start..endInclusive` (to the end when omitted or past it). Throws
   * ObjectNotFoundError, or RangeNotSatisfiableError when `start` is not inside the object.
   */
  getRange(key: string, start: number, endInclusive?: number): Promise<Readable>;
  /** Throws ObjectNotFoundError. */
  size(key: string): Promise<number>;
  exists(key: string): Promise<boolean>;
  /** Succeeds when the object is already gone, so retries after partial failures are safe. */
  delete(key: string): Promise<void>;
  /**
   * Every object whose key starts with `prefix` (a folder such as `recordings/`), with when it
   * was last written, page by page, so millions of keys never sit in memory at once.
   */
  list(prefix: string): AsyncIterable<StoredObjectInfo>;
  /**
   * Removes the driver's own leftovers of writes that never finished (a process killed
   * mid-upload) started before `olderThan`; returns how many. The disk driver's temporary files
   * need this; S3 keeps unfinished multipart uploads invisible and a bucket lifecycle rule
   * (AbortIncompleteMultipartUpload) discards them, so the S3 driver has nothing to do here.
   */
  discardIncomplete?(olderThan: Date): Promise<number>;
  /** Throws when the store cannot be reached or written. */
  healthCheck(): Promise<void>;
}

/**
 * Segments of letters, digits, `_`, `-` and `.`, not starting with a dot, joined by `/`.
 * This rules out `..`, absolute paths, backslashes and empty segments, and leaves dot-names
 * free for a driver's own bookkeeping (such as the disk driver's temporary directory).
 */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

export function assertValidKey(key: string): void {
  const segmentsValid = key.split('/').every((segment) => SEGMENT.test(segment));
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !segmentsValid) {
    throw new InvalidStorageKeyError(`"${key.slice(0, 80)}" is not a valid storage key.`);
  }
}

export function assertValidRange(start: number, endInclusive: number | undefined): void {
  const validEnd = endInclusive === undefined || (Number.isSafeInteger(endInclusive) && endInclusive >= start);
  if (!Number.isSafeInteger(start) || start < 0 || !validEnd) {
    throw new RangeError(`Invalid byte range ${start}-${endInclusive ?? ''}.`);
  }
}
