import { describe, expect, it } from 'vitest';
import { createProgress, estimate, formatBytes, formatDuration, progressBarLine, progressPlainLine } from './progress';

describe('progress', () => {
  it('estimates the rate from bytes sent and the time left from bytes still to send', () => {
    const counts = { rowsDone: 10, rowsTotal: 40, bytesDone: 20e6, bytesTotal: 100e6 };
    expect(estimate(counts, 10_000)).toEqual({ bytesPerSecond: 2e6, etaMs: 40_000 });
    expect(estimate({ ...counts, bytesDone: 0 }, 10_000)).toEqual({ bytesPerSecond: 0 });
    expect(estimate({ ...counts, rowsDone: 40 }, 10_000).etaMs).toBe(0);
  });

  it('formats sizes and durations for people', () => {
    expect([512, 2_500, 3_400_000, 12_300_000_000].map(formatBytes)).toEqual(['512 B', '2.5 kB', '3.4 MB', '12.30 GB']);
    expect([4_000, 125_000, 7_380_000].map(formatDuration)).toEqual(['4s', '2m 05s', '2h 03m']);
  });

  it('writes a bar for a terminal and a plain line for a log', () => {
    const counts = { rowsDone: 10, rowsTotal: 40, bytesDone: 20e6, bytesTotal: 100e6 };
    expect(progressBarLine(counts, 10_000, 100)).toMatch(/^ 25% \[█+░+\] 10\/40 calls {2}20\.0 MB of 100\.0 MB {2}2\.00 MB\/s {2}ETA 40s$/);
    expect(progressPlainLine(counts, 10_000)).toBe('progress: 10/40 calls (25%), 20.0 MB of 100.0 MB, 2.00 MB/s, ETA 40s');
  });

  it('redraws in place on a terminal and writes whole lines elsewhere, also around messages', () => {
    let time = 0;
    const written: { tty: string[]; plain: string[] } = { tty: [], plain: [] };
    for (const kind of ['tty', 'plain'] as const) {
      const progress = createProgress({ isTTY: kind === 'tty', columns: 100, write: (text) => written[kind].push(text) }, { rows: 2, bytes: 10 }, { now: () => time });
      time += 1000;
      progress.advance(1, 5);
      progress.log('line 3 (x): refused');
      progress.finish();
    }
    expect(written.tty.every((text) => text.startsWith('\r\x1b[K') || text === '\n')).toBe(true);
    expect(written.tty.some((text) => text.includes('line 3 (x): refused\n'))).toBe(true);
    expect(written.plain).toEqual(['line 3 (x): refused\n', 'progress: 1/2 calls (50%), 5 B of 10 B, 0.00 MB/s, ETA 1s\n']);
  });
});
