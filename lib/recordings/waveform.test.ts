import { describe, expect, it } from 'vitest';
import { makeOggOpusHead, makeWav } from '@/test/audio';
import { computeWavPeaks } from './waveform';

/** Yields `bytes` in pieces of the given sizes (cycling), as a network or disk stream would. */
async function* inPieces(bytes: Uint8Array, sizes: number[] = [bytes.length]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i += 1) {
    const size = sizes[i % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

interface WavOptions {
  sampleRate?: number;
  channels?: number;
  bitsPerSample?: 8 | 16;
  /** Chunks written between `fmt ` and `data`, as some recorders add (LIST, fact). */
  extraChunks?: { id: string; body: Buffer }[];
  formatTag?: number;
}

/** A PCM WAV whose samples (interleaved, in -1..1) are given by `sample(frame, channel)`. */
function buildWav(frames: number, sample: (frame: number, channel: number) => number, options: WavOptions = {}): Buffer {
  const { sampleRate = 8000, channels = 1, bitsPerSample = 16, extraChunks = [], formatTag = 1 } = options;
  const bytesPerSample = bitsPerSample / 8;
  const data = Buffer.alloc(frames * channels * bytesPerSample);
  for (let frame = 0; frame < frames; frame += 1) {
    for (let channel = 0; channel < channels; channel += 1) {
      const value = sample(frame, channel);
      const at = (frame * channels + channel) * bytesPerSample;
      if (bitsPerSample === 8) data.writeUInt8(Math.round(128 + value * 127), at);
      else data.writeInt16LE(Math.round(value * 32767), at);
    }
  }
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(formatTag, 0);
  fmt.writeUInt16LE(channels, 2);
  fmt.writeUInt32LE(sampleRate, 4);
  fmt.writeUInt32LE(sampleRate * channels * bytesPerSample, 8);
  fmt.writeUInt16LE(channels * bytesPerSample, 12);
  fmt.writeUInt16LE(bitsPerSample, 14);
  const chunk = (id: string, body: Buffer) => {
    const header = Buffer.alloc(8);
    header.write(id, 0, 'latin1');
    header.writeUInt32LE(body.length, 4);
    return Buffer.concat([header, body, Buffer.alloc(body.length % 2)]);
  };
  const body = Buffer.concat([chunk('fmt ', fmt), ...extraChunks.map((c) => chunk(c.id, c.body)), chunk('data', data)]);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + body.length, 4);
  riff.write('WAVE', 8, 'latin1');
  return Buffer.concat([riff, body]);
}

describe('computeWavPeaks', () => {
  it('gives the amplitude of a sine tone in every bucket', async () => {
    // makeWav writes a 440 Hz tone at amplitude 8000 of 32768.
    const peaks = await computeWavPeaks(inPieces(makeWav(3), [4096]));
    expect(peaks).toHaveLength(600);
    for (const peak of peaks) expect(peak).toBeCloseTo(8000 / 32768, 2);
  });

  it('takes the number of buckets asked for', async () => {
    const peaks = await computeWavPeaks(inPieces(makeWav(1)), 50);
    expect(peaks).toHaveLength(50);
  });

  it('gives zeros for silence', async () => {
    const peaks = await computeWavPeaks(inPieces(buildWav(8000, () => 0), [1000]), 100);
    expect(peaks).toEqual(new Array(100).fill(0));
  });

  it('shows a loud first half and a quiet second half', async () => {
    const frames = 16000;
    const wav = buildWav(frames, (frame) => (frame < frames / 2 ? 0.9 : 0.1) * Math.sin(frame / 3));
    const peaks = await computeWavPeaks(inPieces(wav, [777]), 20);
    expect(peaks).toHaveLength(20);
    for (const peak of peaks.slice(0, 10)) expect(peak).toBeCloseTo(0.9, 1);
    for (const peak of peaks.slice(10)) expect(peak).toBeCloseTo(0.1, 1);
  });

  it('gives the same answer however the stream is cut, even mid-sample and mid-header', async () => {
    const frames = 12345;
    const wav = buildWav(frames, (frame, channel) => Math.sin(frame / (channel ? 7 : 11)) * ((frame % 1000) / 1000), {
      channels: 2,
      extraChunks: [{ id: 'LIST', body: Buffer.from('INFOISFT\u0005\u0000\u0000\u0000Lavf\u0000', 'latin1') }],
    });
    const whole = await computeWavPeaks(inPieces(wav), 64);
    expect(whole).toHaveLength(64);
    expect(Math.max(...whole)).toBeGreaterThan(0.9);
    for (const sizes of [[1], [3], [5, 2, 7], [4093], [45, 1, 1]]) {
      expect(await computeWavPeaks(inPieces(wav, sizes), 64), `pieces of ${sizes.join(',')}`).toEqual(whole);
    }
  });

  it('reads the louder channel of a stereo file', async () => {
    const wav = buildWav(4000, (frame, channel) => (channel === 1 ? 0.5 : 0.05) * Math.sin(frame / 5), { channels: 2 });
    const peaks = await computeWavPeaks(inPieces(wav, [333]), 10);
    for (const peak of peaks) expect(peak).toBeCloseTo(0.5, 1);
  });

  it('reads 8-bit unsigned samples', async () => {
    const frames = 8000;
    const wav = buildWav(frames, (frame) => (frame < frames / 2 ? 0 : 0.75 * Math.sin(frame / 4)), { bitsPerSample: 8 });
    const peaks = await computeWavPeaks(inPieces(wav, [101]), 4);
    expect(peaks.slice(0, 2)).toEqual([0, 0]);
    for (const peak of peaks.slice(2)) expect(peak).toBeCloseTo(0.75, 1);
  });

  it('gives one bucket per frame for a call shorter than the bucket count', async () => {
    const peaks = await computeWavPeaks(inPieces(buildWav(10, (frame) => frame / 10)), 600);
    expect(peaks).toHaveLength(10);
    expect(peaks[9]).toBeCloseTo(0.9, 3);
  });

  it('ignores chunks after the audio and leaves the end of a cut-off file at zero', async () => {
    const wav = buildWav(8000, () => 0.5);
    const withTrailer = Buffer.concat([wav, Buffer.from('LIST\u0004\u0000\u0000\u0000\u00ff\u00ff\u00ff\u00ff', 'latin1')]);
    expect(await computeWavPeaks(inPieces(withTrailer, [512]), 8)).toEqual(new Array(8).fill(expect.closeTo(0.5, 3)));

    const truncated = wav.subarray(0, 44 + 8000);
    const peaks = await computeWavPeaks(inPieces(truncated, [512]), 8);
    expect(peaks.slice(0, 4)).toEqual(new Array(4).fill(expect.closeTo(0.5, 3)));
    expect(peaks.slice(4)).toEqual([0, 0, 0, 0]);
  });

  it('gives [] for anything that is not integer PCM WAV', async () => {
    expect(await computeWavPeaks(inPieces(makeOggOpusHead()))).toEqual([]);
    expect(await computeWavPeaks(inPieces(Buffer.from('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000 not a wav', 'latin1')))).toEqual([]);
    expect(await computeWavPeaks(inPieces(Buffer.from('RIFF')))).toEqual([]);
    expect(await computeWavPeaks(inPieces(new Uint8Array(0)))).toEqual([]);
    // IEEE float (format tag 3) and 24-bit are not what call centres store; no guessing.
    expect(await computeWavPeaks(inPieces(buildWav(100, () => 0.5, { formatTag: 3 })))).toEqual([]);
  });

  it('stops reading once the data chunk is done', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield buildWav(800, () => 0.25);
      for (;;) {
        pulled += 1;
        yield new Uint8Array(1024);
      }
    }
    const peaks = await computeWavPeaks(endless(), 8);
    expect(peaks).toHaveLength(8);
    expect(pulled).toBe(0);
  });
});
