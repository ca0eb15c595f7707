import 'server-only';

/**
 * The waveform the call player draws: per-bucket peak amplitude of a PCM WAV, as a fraction of
 * full scale (0 = silence, 1 = clipping). Works on a stream so an hour-long call never sits in
 * memory: the RIFF header gives the size of the `data` chunk, which fixes how many sample
 * frames go into each bucket before the first sample arrives.
 *
 * Anything that is not 8- or 16-bit integer PCM WAV (MP3, Ogg, a float WAV, garbage) gives `[]`,
 * which the player shows as a flat line. A stream that ends early leaves its last buckets at 0.
 */
export async function computeWavPeaks(source: AsyncIterable<Uint8Array>, buckets = 600): Promise<number[]> {
  if (!Number.isInteger(buckets) || buckets < 1) throw new RangeError(`buckets must be a positive integer, got ${buckets}`);
  const parser = new WavPeakParser(buckets);
  for await (const piece of source) {
    if (!parser.push(piece)) break;
  }
  return parser.result();
}

interface PcmFormat {
  channels: number;
  bytesPerSample: 1 | 2;
  blockAlign: number;
}

const WAVE_FORMAT_PCM = 0x0001;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** A header larger than this before `data` is not a call recording we understand. */
const maxHeaderBytes = 1024 * 1024;

const ascii = (bytes: Uint8Array, start: number) => String.fromCharCode(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!, bytes[start + 3]!);
const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function parseFormat(body: Uint8Array): PcmFormat | undefined {
  if (body.length < 16) return undefined;
  let tag = u16(body, 0);
  const channels = u16(body, 2);
  const blockAlign = u16(body, 12);
  const bitsPerSample = u16(body, 14);
  // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
  if (tag === WAVE_FORMAT_EXTENSIBLE && body.length >= 26) tag = u16(body, 24);
  if (tag !== WAVE_FORMAT_PCM || channels < 1 || (bitsPerSample !== 8 && bitsPerSample !== 16)) return undefined;
  const bytesPerSample = bitsPerSample / 8;
  if (blockAlign !== channels * bytesPerSample) return undefined;
  return { channels, bytesPerSample: bytesPerSample as 1 | 2, blockAlign };
}

/**
 * A push parser: header bytes are buffered until the `data` chunk starts (chunks before it,
 * such as LIST or fact, are skipped without keeping them), then samples are folded into the
 * current bucket's peak as they arrive. At most one partial sample frame is carried over
 * between pieces.
 */
class WavPeakParser {
  private state: 'riff' | 'chunk-header' | 'chunk-body' | 'skip' | 'data' | 'done' | 'invalid' = 'riff';
  private pending: Uint8Array = new Uint8Array(0);
  private headerBytesSeen = 0;
  private chunkSize = 0;
  private skipRemaining = 0;
  private format: PcmFormat | undefined;

  private peaks: Float64Array | undefined;
  private totalFrames = 0;
  private frame = 0;
  private bucket = 0;
  /** First frame index that belongs to the next bucket. */
  private bucketEnd = 0;
  private dataRemaining = 0;

  constructor(private readonly buckets: number) {}

  /** Feeds one piece; false once nothing more is needed (done or not a WAV). */
  push(piece: Uint8Array): boolean {
    let bytes = concat(this.pending, piece);
    this.pending = new Uint8Array(0);
    while (bytes.length > 0 && this.state !== 'done' && this.state !== 'invalid') {
      bytes = this.step(bytes);
    }
    return this.state !== 'done' && this.state !== 'invalid';
  }

  result(): number[] {
    if (this.state === 'invalid' || !this.peaks) return [];
    const fullScale = this.format?.bytesPerSample === 1 ? 128 : 32768;
    return Array.from(this.peaks, (peak) => Math.min(1, peak / fullScale));
  }

  /** Consumes what it can from `bytes` and returns the rest (kept in `pending` when it needs more). */
  private step(bytes: Uint8Array): Uint8Array {
    switch (this.state) {
      case 'riff': {
        if (bytes.length < 12) return this.wait(bytes);
        if (ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') return this.invalid();
        this.headerBytesSeen = 12;
        this.state = 'chunk-header';
        return bytes.subarray(12);
      }
      case 'chunk-header': {
        if (bytes.length < 8) return this.wait(bytes);
        const id = ascii(bytes, 0);
        this.chunkSize = u32(bytes, 4);
        this.headerBytesSeen += 8;
        if (id === 'data') return this.startData(bytes.subarray(8));
        if (id === 'fmt ') {
          if (this.chunkSize > 1024) return this.invalid();
          this.state = 'chunk-body';
        } else {
          this.skipRemaining = this.chunkSize + (this.chunkSize % 2);
          this.state = 'skip';
        }
        this.headerBytesSeen += this.chunkSize;
        if (this.headerBytesSeen > maxHeaderBytes) return this.invalid();
        return bytes.subarray(8);
      }
      case 'chunk-body': {
        // Only `fmt ` is read; it is small, so it is buffered whole.
        const padded = this.chunkSize + (this.chunkSize % 2);
        if (bytes.length < padded) return this.wait(bytes);
        this.format = parseFormat(bytes.subarray(0, this.chunkSize));
        if (!this.format) return this.invalid();
        this.state = 'chunk-header';
        return bytes.subarray(padded);
      }
      case 'skip': {
        const taken = Math.min(this.skipRemaining, bytes.length);
        this.skipRemaining -= taken;
        if (this.skipRemaining === 0) this.state = 'chunk-header';
        return bytes.subarray(taken);
      }
      case 'data':
        return this.readSamples(bytes);
      default:
        return new Uint8Array(0);
    }
  }

  private wait(bytes: Uint8Array): Uint8Array {
    this.pending = bytes;
    return new Uint8Array(0);
  }

  private invalid(): Uint8Array {
    this.state = 'invalid';
    return new Uint8Array(0);
  }

  private startData(rest: Uint8Array): Uint8Array {
    if (!this.format) return this.invalid();
    this.totalFrames = Math.floor(this.chunkSize / this.format.blockAlign);
    this.dataRemaining = this.totalFrames * this.format.blockAlign;
    if (this.totalFrames === 0) {
      this.peaks = new Float64Array(0);
      this.state = 'done';
      return new Uint8Array(0);
    }
    // A call shorter than the bucket count gets one bucket per frame rather than empty buckets.
    this.peaks = new Float64Array(Math.min(this.buckets, this.totalFrames));
    this.bucketEnd = this.boundary(1);
    this.state = 'data';
    return rest;
  }

  /** The first frame of bucket `index` (frames spread as evenly as integer division allows). */
  private boundary(index: number): number {
    return Math.ceil((index * this.totalFrames) / this.peaks!.length);
  }

  private readSamples(bytes: Uint8Array): Uint8Array {
    const { blockAlign, bytesPerSample, channels } = this.format!;
    const usable = Math.min(bytes.length, this.dataRemaining);
    const whole = usable - (usable % blockAlign);
    const peaks = this.peaks!;
    let peak = peaks[this.bucket]!;
    for (let at = 0; at < whole; at += blockAlign) {
      for (let channel = 0; channel < channels; channel += 1) {
        const offset = at + channel * bytesPerSample;
        // 8-bit WAV is unsigned around 128; 16-bit is signed little-endian.
        const sample = bytesPerSample === 1 ? bytes[offset]! - 128 : ((bytes[offset]! | (bytes[offset + 1]! << 8)) << 16) >> 16;
        const magnitude = sample < 0 ? -sample : sample;
        if (magnitude > peak) peak = magnitude;
      }
      this.frame += 1;
      if (this.frame >= this.bucketEnd) {
        peaks[this.bucket] = peak;
        this.bucket += 1;
        peak = 0;
        this.bucketEnd = this.boundary(this.bucket + 1);
      }
    }
    if (this.bucket < peaks.length) peaks[this.bucket] = peak;
    this.dataRemaining -= whole;
    if (this.dataRemaining === 0) {
      this.state = 'done';
      return new Uint8Array(0);
    }
    // A frame split across pieces waits for the next one.
    return this.wait(bytes.subarray(whole, usable));
  }
}
