import 'server-only';
import { IntegrityError, RangeNotSatisfiableError } from './errors';

/**
 * Layout of an encrypted recording, and the arithmetic that maps plaintext bytes to
 * ciphertext bytes so a Range request can be served by fetching only the chunks it spans.
 *
 *   header:  magic "WGLD" (4) | version (1) | plaintext chunk size, uint32 BE (4)
 *   chunks:  AES-256-GCM ciphertext of each plaintext chunk | 16-byte tag
 *
 * Every chunk but the last holds exactly `chunkSize` plaintext bytes; the last holds 1 to
 * `chunkSize` bytes, or 0 when the whole recording is empty, so there is always one chunk.
 */

export const MAGIC = Buffer.from('WGLD', 'ascii');
export const FORMAT_VERSION = 1;
export const HEADER_LENGTH = MAGIC.length + 1 + 4;
export const TAG_LENGTH = 16;
export const DEFAULT_CHUNK_SIZE = 64 * 1024;
const MIN_CHUNK_SIZE = 16;
/** Caps what a forged header can make the reader buffer before the first tag is checked. */
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;

export interface Header {
  /** The encoded header bytes, authenticated as part of every chunk. */
  bytes: Buffer;
  chunkSize: number;
}

export function encodeHeader(chunkSize: number = DEFAULT_CHUNK_SIZE): Header {
  if (!Number.isInteger(chunkSize) || chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
    throw new RangeError(`The chunk size must be an integer from ${MIN_CHUNK_SIZE} to ${MAX_CHUNK_SIZE}.`);
  }
  const bytes = Buffer.alloc(HEADER_LENGTH);
  MAGIC.copy(bytes, 0);
  bytes.writeUInt8(FORMAT_VERSION, MAGIC.length);
  bytes.writeUInt32BE(chunkSize, MAGIC.length + 1);
  return { bytes, chunkSize };
}

export function parseHeader(bytes: Buffer): Header {
  if (bytes.length !== HEADER_LENGTH || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new IntegrityError('The object is not an encrypted recording.');
  }
  const version = bytes.readUInt8(MAGIC.length);
  if (version !== FORMAT_VERSION) {
    throw new IntegrityError(`The encrypted recording has unknown format version ${version}.`);
  }
  const chunkSize = bytes.readUInt32BE(MAGIC.length + 1);
  if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
    throw new IntegrityError(`The encrypted recording declares an impossible chunk size of ${chunkSize}.`);
  }
  return { bytes: Buffer.from(bytes), chunkSize };
}

export function chunkCount(plaintextSize: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(plaintextSize / chunkSize));
}

export function ciphertextSize(plaintextSize: number, chunkSize: number): number {
  return HEADER_LENGTH + plaintextSize + chunkCount(plaintextSize, chunkSize) * TAG_LENGTH;
}

/** Inverts ciphertextSize; a size no recording can have means the object was cut or padded. */
export function plaintextSizeFromCiphertextSize(size: number, chunkSize: number): number {
  const body = size - HEADER_LENGTH;
  const sealedChunk = chunkSize + TAG_LENGTH;
  const fullChunks = Math.floor(body / sealedChunk);
  const remainder = body % sealedChunk;
  if (body < TAG_LENGTH || (remainder > 0 && remainder < TAG_LENGTH)) {
    throw new IntegrityError(`An encrypted recording cannot be ${size} bytes long; it was truncated or extended.`);
  }
  return fullChunks * chunkSize + (remainder === 0 ? 0 : remainder - TAG_LENGTH);
}

/** Which chunks a plaintext range needs, where they sit in the object, and what to keep of them. */
export interface ChunkSpan {
  firstChunk: number;
  lastChunk: number;
  /** Index of the recording's final chunk, whose tag is bound to the "final" flag. */
  finalChunk: number;
  /** Ciphertext length of the final chunk; every other chunk is chunkSize + TAG_LENGTH. */
  finalChunkLength: number;
  /** Plaintext bytes to drop from the start of the first chunk. */
  skip: number;
  /** Plaintext bytes to return in total. */
  length: number;
  ciphertextStart: number;
  /** Inclusive, like an HTTP Range. */
  ciphertextEnd: number;
}

/**
 * Without a range the span covers the whole recording, including the lone tag of an
 * empty one, so even a zero-byte read proves the key and object belong together.
 */
export function chunkSpan(
  plaintextSize: number,
  chunkSize: number,
  range?: { start: number; end: number },
): ChunkSpan {
  const finalChunk = chunkCount(plaintextSize, chunkSize) - 1;
  let firstChunk = 0;
  let lastChunk = finalChunk;
  let skip = 0;
  let length = plaintextSize;
  if (range) {
    const { start, end } = range;
    const integers = Number.isSafeInteger(start) && Number.isSafeInteger(end);
    if (!integers || start < 0 || end < start || end >= plaintextSize) {
      throw new RangeNotSatisfiableError(plaintextSize);
    }
    firstChunk = Math.floor(start / chunkSize);
    lastChunk = Math.floor(end / chunkSize);
    skip = start - firstChunk * chunkSize;
    length = end - start + 1;
  }
  const sealedChunk = chunkSize + TAG_LENGTH;
  const finalChunkLength = plaintextSize - finalChunk * chunkSize + TAG_LENGTH;
  const lastChunkLength = lastChunk === finalChunk ? finalChunkLength : sealedChunk;
  return {
    firstChunk,
    lastChunk,
    finalChunk,
    finalChunkLength,
    skip,
    length,
    ciphertextStart: HEADER_LENGTH + firstChunk * sealedChunk,
    ciphertextEnd: HEADER_LENGTH + lastChunk * sealedChunk + lastChunkLength - 1,
  };
}
