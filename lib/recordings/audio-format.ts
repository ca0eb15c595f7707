/**
 * Recognises call audio by its bytes, not by what the sender claims: WAV (RIFF), MP3 (ID3 or
 * an MPEG frame header) and Ogg (Opus or Vorbis). For WAV the header also gives the exact
 * duration and the size the file must have, which catches truncated uploads.
 */

export type AudioContentType = 'audio/wav' | 'audio/mpeg' | 'audio/ogg';

export interface AudioInspection {
  contentType: AudioContentType;
  /** Seconds, when the format states it in its header. */
  durationSeconds?: number;
  /** Total byte length the header promises, when it does. */
  expectedBytes?: number;
}

export class AudioFormatError extends Error {
  override name = 'AudioFormatError';
  constructor(
    readonly reason: 'unrecognised' | 'truncated' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}

/** How many leading bytes inspectAudio needs to see. */
export const audioSniffBytes = 64 * 1024;

const ascii = (bytes: Buffer, start: number, length: number) => bytes.toString('latin1', start, start + length);

function inspectWav(head: Buffer, totalBytes: number): AudioInspection {
  const riffSize = head.readUInt32LE(4);
  let offset = 12;
  let byteRate: number | undefined;
  while (offset + 8 <= head.length) {
    const id = ascii(head, offset, 4);
    const size = head.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      if (offset + 16 > head.length) break;
      byteRate = head.readUInt32LE(offset + 8 + 8);
    } else if (id === 'data') {
      if (!byteRate) throw new AudioFormatError('malformed', 'WAV data chunk comes before its format chunk');
      const dataEnd = offset + 8 + size;
      if (dataEnd > totalBytes) {
        throw new AudioFormatError('truncated', `WAV declares ${dataEnd} bytes but only ${totalBytes} arrived`);
      }
      return { contentType: 'audio/wav', durationSeconds: size / byteRate, expectedBytes: Math.max(dataEnd, riffSize + 8) };
    }
    offset += 8 + size + (size % 2);
  }
  throw new AudioFormatError(totalBytes < head.length || offset >= totalBytes ? 'truncated' : 'malformed', 'WAV has no data chunk');
}

function isMpegFrameHeader(head: Buffer, at: number): boolean {
  if (head.length < at + 4) return false;
  const [b0, b1, b2] = [head[at]!, head[at + 1]!, head[at + 2]!];
  const version = (b1 >> 3) & 0b11;
  const layer = (b1 >> 1) & 0b11;
  const bitrate = b2 >> 4;
  const sampleRate = (b2 >> 2) & 0b11;
  return b0 === 0xff && (b1 & 0xe0) === 0xe0 && version !== 0b01 && layer !== 0 && bitrate !== 0 && bitrate !== 0xf && sampleRate !== 0b11;
}

function inspectOgg(head: Buffer): AudioInspection {
  // The first page's first packet names the codec.
  const segments = head[26] ?? 0;
  const packet = head.subarray(27 + segments, 27 + segments + 8);
  if (ascii(packet, 0, 8) === 'OpusHead' || ascii(packet, 1, 6) === 'vorbis') return { contentType: 'audio/ogg' };
  throw new AudioFormatError('unrecognised', 'Ogg stream does not carry Opus or Vorbis audio');
}

export function inspectAudio(head: Buffer, totalBytes: number): AudioInspection {
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return inspectWav(head, totalBytes);
  if (head.length >= 28 && ascii(head, 0, 4) === 'OggS') return inspectOgg(head);
  if (head.length >= 10 && ascii(head, 0, 3) === 'ID3') {
    const tagSize = ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
    if (10 + tagSize >= totalBytes) throw new AudioFormatError('truncated', 'MP3 holds an ID3 tag but no audio');
    return { contentType: 'audio/mpeg' };
  }
  if (isMpegFrameHeader(head, 0)) return { contentType: 'audio/mpeg' };
  throw new AudioFormatError('unrecognised', 'not WAV, MP3 or Ogg audio');
}

/** Declared types senders commonly use for each format. */
const declaredAliases: Record<AudioContentType, string[]> = {
  'audio/wav': ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
  'audio/mpeg': ['audio/mpeg', 'audio/mp3', 'audio/mpeg3'],
  'audio/ogg': ['audio/ogg', 'audio/opus', 'application/ogg'],
};

/** A generic or absent declared type defers to the bytes; a specific one must agree with them. */
export function declaredTypeMatches(declared: string | undefined, actual: AudioContentType): boolean {
  const type = declared?.split(';')[0]?.trim().toLowerCase();
  if (!type || type === 'application/octet-stream') return true;
  return declaredAliases[actual].includes(type);
}
