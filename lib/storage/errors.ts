import 'server-only';

/**
 * Typed failures so callers can map them to responses (413, 404, 416, 500) without
 * parsing messages, and so tampering can never be mistaken for an ordinary I/O error.
 */

export class StorageError extends Error {
  override name = 'StorageError';
}

/** The ciphertext, its header or a wrapped key failed authentication: tampered, truncated, wrong key or shredded. */
export class IntegrityError extends StorageError {
  override name = 'IntegrityError';
}

export class TooLargeError extends StorageError {
  override name = 'TooLargeError';

  constructor(readonly maxBytes: number) {
    super(`The recording is larger than the limit of ${maxBytes} bytes.`);
  }
}

export class ObjectNotFoundError extends StorageError {
  override name = 'ObjectNotFoundError';

  constructor(readonly key: string) {
    super(`No stored object under key "${key}".`);
  }
}

export class InvalidStorageKeyError extends StorageError {
  override name = 'InvalidStorageKeyError';
}

/** Carries the full size because an HTTP 416 answer must state it in Content-Range. */
export class RangeNotSatisfiableError extends StorageError {
  override name = 'RangeNotSatisfiableError';

  constructor(readonly size: number) {
    super(`The requested range lies outside the ${size} bytes available.`);
  }
}
