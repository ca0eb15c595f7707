import { describe, expect, it } from 'vitest';
import {
  chunkSpan,
  ciphertextSize,
  encodeHeader,
  HEADER_LENGTH,
  parseHeader,
  plaintextSizeFromCiphertextSize,
  TAG_LENGTH,
} from './cipher-format';
import { IntegrityError, RangeNotSatisfiableError } from './errors';

describe('cipher format', () => {
  it('round-trips the header and rejects foreign or unknown ones', () => {
    const header = encodeHeader(4096);
    expect(header.bytes.length).toBe(HEADER_LENGTH);
    expect(parseHeader(header.bytes).chunkSize).toBe(4096);

    const wrongMagic = Buffer.from(header.bytes);
    wrongMagic[0] = 0x41;
    expect(() => parseHeader(wrongMagic)).toThrow(IntegrityError);
    const futureVersion = Buffer.from(header.bytes);
    futureVersion[4] = 2;
    expect(() => parseHeader(futureVersion)).toThrow(/version 2/);
    const hugeChunks = Buffer.from(header.bytes);
    hugeChunks.writeUInt32BE(0xffffffff, 5);
    expect(() => parseHeader(hugeChunks)).toThrow(IntegrityError);
    expect(() => parseHeader(header.bytes.subarray(0, 8))).toThrow(IntegrityError);
  });

  it('inverts the ciphertext size for every plaintext size', () => {
    for (const chunkSize of [16, 17, 64]) {
      for (let size = 0; size <= 10 * chunkSize; size++) {
        expect(plaintextSizeFromCiphertextSize(ciphertextSize(size, chunkSize), chunkSize)).toBe(size);
      }
    }
    expect(ciphertextSize(0, 16)).toBe(HEADER_LENGTH + TAG_LENGTH);
    expect(ciphertextSize(16, 16)).toBe(HEADER_LENGTH + 16 + TAG_LENGTH);
    expect(ciphertextSize(17, 16)).toBe(HEADER_LENGTH + 17 + 2 * TAG_LENGTH);
  });

  it('rejects sizes no recording can have', () => {
    expect(() => plaintextSizeFromCiphertextSize(HEADER_LENGTH + TAG_LENGTH - 1, 16)).toThrow(IntegrityError);
    expect(() => plaintextSizeFromCiphertextSize(HEADER_LENGTH + 32 + 5, 16)).toThrow(IntegrityError);
    expect(() => plaintextSizeFromCiphertextSize(0, 16)).toThrow(IntegrityError);
  });

  it('maps a plaintext range to exactly the chunks it spans', () => {
    // 50 bytes in 16-byte chunks: 16 | 16 | 16 | 2, each sealed with a 16-byte tag.
    const span = chunkSpan(50, 16, { start: 15, end: 33 });
    expect(span).toEqual({
      firstChunk: 0,
      lastChunk: 2,
      finalChunk: 3,
      finalChunkLength: 2 + TAG_LENGTH,
      skip: 15,
      length: 19,
      ciphertextStart: HEADER_LENGTH,
      ciphertextEnd: HEADER_LENGTH + 3 * 32 - 1,
    });
    const tail = chunkSpan(50, 16, { start: 49, end: 49 });
    expect([tail.firstChunk, tail.lastChunk, tail.skip, tail.length]).toEqual([3, 3, 1, 1]);
    expect(tail.ciphertextEnd + 1).toBe(ciphertextSize(50, 16));
    expect(chunkSpan(0, 16)).toMatchObject({
      firstChunk: 0,
      lastChunk: 0,
      length: 0,
      ciphertextEnd: ciphertextSize(0, 16) - 1,
    });
  });

  it.each([
    [{ start: 0, end: 50 }],
    [{ start: 10, end: 9 }],
    [{ start: -1, end: 3 }],
    [{ start: 0.5, end: 3 }],
  ])('refuses the unsatisfiable range %j', (range) => {
    expect(() => chunkSpan(50, 16, range)).toThrow(RangeNotSatisfiableError);
  });
});
