import 'server-only';
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { type ChunkSpan, DEFAULT_CHUNK_SIZE, encodeHeader, type Header, TAG_LENGTH } from './cipher-format';
import { IntegrityError } from './errors';

/**
 * Streaming AES-256-GCM over fixed-size chunks (layout in cipher-format.ts). Memory use is
 * one chunk plus whatever the source hands over at once, whatever the recording's length.
 *
 * The nonce is the chunk index: safe only because every recording has its own data key
 * and each index is sealed exactly once under it. The associated data binds the header,
 * the index and whether the chunk is the final one, so reordered, swapped, dropped or
 * truncated chunks fail authentication instead of decrypting to plausible audio.
 */

function nonceFor(index: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

function associatedData(header: Header, index: number, final: boolean): Buffer {
  const suffix = Buffer.alloc(9);
  suffix.writeBigUInt64BE(BigInt(index), 0);
  suffix.writeUInt8(final ? 1 : 0, 8);
  return Buffer.concat([header.bytes, suffix]);
}

function seal(dataKey: Buffer, header: Header, index: number, plaintext: Uint8Array, final: boolean): Buffer {
  const cipher = createCipheriv('aes-256-gcm', dataKey, nonceFor(index));
  cipher.setAAD(associatedData(header, index, final));
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

function open(dataKey: Buffer, header: Header, index: number, sealed: Buffer, final: boolean): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', dataKey, nonceFor(index), { authTagLength: TAG_LENGTH });
  decipher.setAAD(associatedData(header, index, final));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH)), decipher.final()]);
  } catch {
    throw new IntegrityError(`Chunk ${index} of the encrypted recording failed authentication.`);
  }
}

/** Yields the header, then sealed chunks. A full chunk is held back until more input shows it is not the final one. */
export async function* encryptChunks(
  source: AsyncIterable<Uint8Array>,
  dataKey: Buffer,
  chunkSize: number = DEFAULT_CHUNK_SIZE,
): AsyncGenerator<Buffer> {
  const header = encodeHeader(chunkSize);
  yield header.bytes;
  const pending = Buffer.alloc(chunkSize);
  let filled = 0;
  let index = 0;
  for await (const piece of source) {
    let offset = 0;
    while (offset < piece.byteLength) {
      if (filled === chunkSize) {
        yield seal(dataKey, header, index++, pending, false);
        filled = 0;
      }
      const take = Math.min(chunkSize - filled, piece.byteLength - offset);
      pending.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
    }
  }
  yield seal(dataKey, header, index, pending.subarray(0, filled), true);
}

/**
 * Decrypts the sealed chunks `span.firstChunk..span.lastChunk`, read from `source`
 * starting exactly at `span.ciphertextStart`, and yields only the plaintext the span asks for.
 */
export async function* decryptChunks(
  source: AsyncIterable<Uint8Array>,
  dataKey: Buffer,
  header: Header,
  span: ChunkSpan,
): AsyncGenerator<Buffer> {
  const lengthOf = (index: number) =>
    index === span.finalChunk ? span.finalChunkLength : header.chunkSize + TAG_LENGTH;
  let index = span.firstChunk;
  let parts: Buffer[] = [];
  let buffered = 0;
  let skip = span.skip;
  let remaining = span.length;

  for await (const piece of source) {
    parts.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    buffered += piece.byteLength;
    while (index <= span.lastChunk && buffered >= lengthOf(index)) {
      const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts, buffered);
      const length = lengthOf(index);
      const plaintext = open(dataKey, header, index, joined.subarray(0, length), index === span.finalChunk);
      const rest = joined.subarray(length);
      parts = rest.length > 0 ? [rest] : [];
      buffered = rest.length;
      index += 1;

      const kept = plaintext.subarray(skip, skip + remaining);
      skip = 0;
      remaining -= kept.length;
      if (kept.length > 0) yield kept;
    }
    if (index > span.lastChunk && buffered > 0) {
      throw new IntegrityError('The encrypted recording is longer than its chunks.');
    }
  }
  if (index <= span.lastChunk) {
    throw new IntegrityError(`The encrypted recording ends before chunk ${index} is complete.`);
  }
}
