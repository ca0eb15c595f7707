import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkSpan, HEADER_LENGTH, parseHeader, plaintextSizeFromCiphertextSize, TAG_LENGTH } from './cipher-format';
import { decryptChunks, encryptChunks } from './chunked-cipher';
import { IntegrityError } from './errors';
import { collect, expectSameBytes, piecesOf } from './object-store-contract';

/**
 * The cipher on its own, over in-memory buffers with tiny chunks, so every range and
 * every kind of damage can be tried exhaustively.
 */

const CHUNK = 16;
const SEALED = CHUNK + TAG_LENGTH;

async function encrypt(plaintext: Buffer, dataKey: Buffer, pieceSize = 7): Promise<Buffer> {
  return collect(encryptChunks(piecesOf(plaintext, pieceSize), dataKey, CHUNK));
}

/** Decrypts like the vault does: header and size first, then only the span's bytes. */
async function decrypt(object: Buffer, dataKey: Buffer, range?: { start: number; end: number }): Promise<Buffer> {
  const header = parseHeader(object.subarray(0, HEADER_LENGTH));
  const span = chunkSpan(plaintextSizeFromCiphertextSize(object.length, header.chunkSize), header.chunkSize, range);
  const bytes = object.subarray(span.ciphertextStart, span.ciphertextEnd + 1);
  return collect(decryptChunks(piecesOf(bytes, 5), dataKey, header, span));
}

describe('chunked cipher', () => {
  const dataKey = randomBytes(32);

  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 7])('round-trips %i bytes', async (size) => {
    const plaintext = randomBytes(size);
    const object = await encrypt(plaintext, dataKey);
    expect(object.length).toBe(HEADER_LENGTH + size + Math.max(1, Math.ceil(size / CHUNK)) * TAG_LENGTH);
    expectSameBytes(await decrypt(object, dataKey), plaintext);
  });

  it('does not depend on how the input is split', async () => {
    const plaintext = randomBytes(10 * CHUNK + 3);
    for (const pieceSize of [1, CHUNK, CHUNK + 1, 1000]) {
      expectSameBytes(await decrypt(await encrypt(plaintext, dataKey, pieceSize), dataKey), plaintext);
    }
  });

  it('decrypts every possible range of a small recording', async () => {
    const plaintext = randomBytes(4 * CHUNK + 5);
    const object = await encrypt(plaintext, dataKey);
    for (let start = 0; start < plaintext.length; start++) {
      for (let end = start; end < plaintext.length; end++) {
        expectSameBytes(await decrypt(object, dataKey, { start, end }), plaintext.subarray(start, end + 1));
      }
    }
  });

  describe('detects damage', () => {
    const plaintext = randomBytes(4 * CHUNK + 5);
    let object: Buffer;
    const damaged = async (change: (copy: Buffer) => Buffer, range?: { start: number; end: number }) =>
      decrypt(change(Buffer.from(object)), dataKey, range);

    beforeAll(async () => {
      object = await encrypt(plaintext, dataKey);
    });

    it('a flipped bit anywhere, including the header and tags', async () => {
      for (let offset = 0; offset < object.length; offset++) {
        await expect(
          damaged((copy) => {
            copy[offset]! ^= 0x80;
            return copy;
          }),
          `offset ${offset}`,
        ).rejects.toThrow(IntegrityError);
      }
    });

    it('two chunks swapped', async () => {
      const swap = (copy: Buffer) => {
        const first = Buffer.from(copy.subarray(HEADER_LENGTH, HEADER_LENGTH + SEALED));
        copy.copy(copy, HEADER_LENGTH, HEADER_LENGTH + SEALED, HEADER_LENGTH + 2 * SEALED);
        first.copy(copy, HEADER_LENGTH + SEALED);
        return copy;
      };
      await expect(damaged(swap)).rejects.toThrow(IntegrityError);
      // Even a range that touches only the swapped chunks notices.
      await expect(damaged(swap, { start: 0, end: 2 })).rejects.toThrow(IntegrityError);
    });

    it('a chunk duplicated over its neighbour', async () => {
      const duplicate = (copy: Buffer) => {
        copy.copy(copy, HEADER_LENGTH + SEALED, HEADER_LENGTH, HEADER_LENGTH + SEALED);
        return copy;
      };
      await expect(damaged(duplicate, { start: CHUNK, end: CHUNK })).rejects.toThrow(IntegrityError);
    });

    it('the last chunk truncated, or whole chunks dropped from the tail', async () => {
      await expect(damaged((copy) => copy.subarray(0, copy.length - 1))).rejects.toThrow(IntegrityError);
      // Dropping the final chunk leaves a valid-looking size whose new last chunk was not sealed as final.
      await expect(damaged((copy) => copy.subarray(0, copy.length - (5 + TAG_LENGTH)))).rejects.toThrow(IntegrityError);
      await expect(damaged((copy) => copy.subarray(0, HEADER_LENGTH + 2 * SEALED))).rejects.toThrow(IntegrityError);
      await expect(damaged((copy) => copy.subarray(0, HEADER_LENGTH))).rejects.toThrow(IntegrityError);
    });

    it('bytes appended', async () => {
      await expect(damaged((copy) => Buffer.concat([copy, Buffer.alloc(TAG_LENGTH)]))).rejects.toThrow(IntegrityError);
    });

    it('a header claiming another chunk size', async () => {
      await expect(
        damaged((copy) => {
          copy.writeUInt32BE(32, 5);
          return copy;
        }),
      ).rejects.toThrow(IntegrityError);
    });

    it('a source that ends early or runs long', async () => {
      const header = parseHeader(object.subarray(0, HEADER_LENGTH));
      const span = chunkSpan(plaintext.length, CHUNK, { start: 0, end: 2 * CHUNK - 1 });
      const exact = object.subarray(span.ciphertextStart, span.ciphertextEnd + 1);
      const read = (bytes: Buffer) => collect(decryptChunks(piecesOf(bytes), dataKey, header, span));
      await expect(read(exact.subarray(0, -1))).rejects.toThrow(/ends before/);
      await expect(read(Buffer.concat([exact, Buffer.of(0)]))).rejects.toThrow(/longer/);
    });

    it('the wrong data key', async () => {
      await expect(decrypt(object, randomBytes(32))).rejects.toThrow(IntegrityError);
    });
  });
});
