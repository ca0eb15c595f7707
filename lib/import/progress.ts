/**
 * Progress on stderr, so that stdout carries only the summary: a bar redrawn in place on a
 * terminal, and on anything else (a CI log, a file) a plain line now and then, since carriage
 * returns there become thousands of lines.
 */

export interface ProgressCounts {
  rowsDone: number;
  rowsTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1e3) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** Rate and time left, from the bytes sent so far in this run. */
export function estimate(counts: ProgressCounts, elapsedMs: number): { bytesPerSecond: number; etaMs?: number } {
  const bytesPerSecond = elapsedMs > 0 ? (counts.bytesDone * 1000) / elapsedMs : 0;
  if (counts.rowsDone >= counts.rowsTotal) return { bytesPerSecond, etaMs: 0 };
  // Sizes vary a lot between calls, so time left follows the bytes still to send, not the count.
  if (bytesPerSecond <= 0) return { bytesPerSecond };
  return { bytesPerSecond, etaMs: ((counts.bytesTotal - counts.bytesDone) * 1000) / bytesPerSecond };
}

function describe(counts: ProgressCounts, elapsedMs: number) {
  const { bytesPerSecond, etaMs } = estimate(counts, elapsedMs);
  return {
    calls: `${counts.rowsDone}/${counts.rowsTotal} calls`,
    bytes: `${formatBytes(counts.bytesDone)} of ${formatBytes(counts.bytesTotal)}`,
    rate: `${(bytesPerSecond / 1e6).toFixed(2)} MB/s`,
    eta: `ETA ${etaMs === undefined ? '--' : formatDuration(etaMs)}`,
    fraction: counts.rowsTotal ? counts.rowsDone / counts.rowsTotal : 1,
  };
}

export function progressBarLine(counts: ProgressCounts, elapsedMs: number, columns = 80): string {
  const parts = describe(counts, elapsedMs);
  const text = `${parts.calls}  ${parts.bytes}  ${parts.rate}  ${parts.eta}`;
  const percent = `${String(Math.floor(parts.fraction * 100)).padStart(3)}%`;
  const width = Math.max(10, Math.min(40, columns - text.length - percent.length - 5));
  const filled = Math.round(parts.fraction * width);
  return `${percent} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}`;
}

export function progressPlainLine(counts: ProgressCounts, elapsedMs: number): string {
  const parts = describe(counts, elapsedMs);
  return `progress: ${parts.calls} (${Math.floor(parts.fraction * 100)}%), ${parts.bytes}, ${parts.rate}, ${parts.eta}`;
}

export interface ProgressOptions {
  now?: () => number;
  /** How often a plain line is written when stderr is not a terminal. */
  plainIntervalMs?: number;
}

export function createProgress(stream: ProgressStream, totals: { rows: number; bytes: number; rowsDone?: number }, options: ProgressOptions = {}) {
  const now = options.now ?? Date.now;
  const started = now();
  const counts: ProgressCounts = { rowsDone: totals.rowsDone ?? 0, rowsTotal: totals.rows, bytesDone: 0, bytesTotal: totals.bytes };
  const tty = Boolean(stream.isTTY);
  let lastDraw = 0;

  const draw = () => {
    lastDraw = now();
    if (tty) stream.write(`\r\x1b[K${progressBarLine(counts, lastDraw - started, stream.columns)}`);
    else stream.write(`${progressPlainLine(counts, lastDraw - started)}\n`);
  };
  // A timer as well as the updates: during a long upload nothing completes, yet the rate,
  // the time left (and, in a CI log, a sign of life) should keep coming.
  const timer = setInterval(draw, tty ? 1000 : (options.plainIntervalMs ?? 10_000));
  timer.unref();
  if (tty) draw();

  return {
    advance(rows: number, bytes: number) {
      counts.rowsDone += rows;
      counts.bytesDone += bytes;
      // Redrawing a terminal line on every completion would flicker and cost more than the work.
      if (tty && now() - lastDraw >= 100) draw();
    },
    /** A message between progress updates, without tearing the bar. */
    log(message: string) {
      stream.write(tty ? `\r\x1b[K${message}\n` : `${message}\n`);
      if (tty) draw();
    },
    finish() {
      clearInterval(timer);
      draw();
      if (tty) stream.write('\n');
    },
  };
}

