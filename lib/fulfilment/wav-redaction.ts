/**
 * Silences time ranges of a PCM WAV as it streams (rule 12: another person's data in a call
 * is withheld from the copy, the rest is released). Samples in the ranges become zero; the
 * header and every other byte pass through unchanged, so the file stays valid and equally long.
 */
export interface SilenceRange {
  startMs: number;
  endMs: number;
}

function dataLayout(head: Buffer): { dataStart: number; byteRate: number; blockAlign: number } | null {
  if (head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WAVE') return null;
  let offset = 12;
  let byteRate = 0;
  let blockAlign = 1;
  while (offset + 8 <= head.length) {
    const id = head.toString('latin1', offset, offset + 4);
    const size = head.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      if (offset + 24 > head.length) return null;
      byteRate = head.readUInt32LE(offset + 16);
      blockAlign = head.readUInt16LE(offset + 20);
    } else if (id === 'data') {
      return byteRate ? { dataStart: offset + 8, byteRate, blockAlign } : null;
    }
    offset += 8 + size + (size % 2);
  }
  return null;
}

export async function* silenceWavRanges(source: AsyncIterable<Uint8Array>, ranges: SilenceRange[]): AsyncGenerator<Buffer> {
  if (ranges.length === 0) {
    for await (const piece of source) yield Buffer.from(piece);
    return;
  }
  let layout: ReturnType<typeof dataLayout> = null;
  let headBuffer = Buffer.alloc(0);
  let position = 0;
  let byteRanges: [number, number][] = [];
  for await (const piece of source) {
    let chunk = Buffer.from(piece);
    if (!layout) {
      headBuffer = Buffer.concat([headBuffer, chunk]);
      layout = dataLayout(headBuffer);
      if (!layout && headBuffer.length < 64 * 1024) continue;
      if (!layout) throw new Error('not a PCM WAV: cannot silence ranges');
      const { dataStart, byteRate, blockAlign } = layout;
      const toByte = (ms: number) => dataStart + Math.floor((ms * byteRate) / 1000 / blockAlign) * blockAlign;
      byteRanges = ranges.map((range) => [toByte(range.startMs), toByte(range.endMs)]);
      chunk = headBuffer;
    }
    const chunkStart = position;
    for (const [start, end] of byteRanges) {
      const from = Math.max(start, chunkStart) - chunkStart;
      const to = Math.min(end, chunkStart + chunk.length) - chunkStart;
      if (to > from) chunk.fill(0, from, to);
    }
    position += chunk.length;
    yield chunk;
  }
}
