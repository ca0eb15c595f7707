export type Speaker = 'agent' | 'customer';

export interface TranscriptSegment {
  startMs: number;
  endMs: number;
  speaker: Speaker;
  text: string;
}

/**
 * The segment being spoken at `ms`: the last one that has started, so the highlight stays put
 * through the pauses between turns. -1 before the first one starts. `segments` are in time order.
 */
export function findActiveSegment(segments: readonly TranscriptSegment[], ms: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.startMs <= ms) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
