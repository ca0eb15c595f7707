import { describe, expect, it } from 'vitest';
import { makeWav } from '@/test/audio';
import { silenceWavRanges } from './wav-redaction';

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of source) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function* inPieces(data: Buffer, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

/** 16-bit mono samples of the decoded PCM between two times. */
function samples(wav: Buffer, fromMs: number, toMs: number): number[] {
  const values: number[] = [];
  for (let i = 44 + Math.floor(fromMs * 8) * 2; i < 44 + Math.floor(toMs * 8) * 2; i += 2) values.push(wav.readInt16LE(i));
  return values;
}

describe('silenceWavRanges (rule 12: third-party data silenced in the copy)', () => {
  it('zeroes exactly the PCM samples in the ranges, whatever the piece boundaries', async () => {
    const wav = makeWav(3);
    for (const pieceSize of [7, 1000, 64 * 1024]) {
      const out = await collect(silenceWavRanges(inPieces(Buffer.from(wav), pieceSize), [{ startMs: 1000, endMs: 2000 }]));
      expect(out.length).toBe(wav.length);
      expect(out.subarray(0, 44).equals(wav.subarray(0, 44))).toBe(true);
      expect(samples(out, 1000, 2000).every((value) => value === 0)).toBe(true);
      expect(samples(out, 0, 999).some((value) => value !== 0)).toBe(true);
      expect(samples(out, 2000, 3000)).toEqual(samples(wav, 2000, 3000));
    }
  });

  it('passes the audio through untouched when nothing is to be silenced', async () => {
    const wav = makeWav(1);
    expect((await collect(silenceWavRanges(inPieces(wav, 333), []))).equals(wav)).toBe(true);
  });
});
