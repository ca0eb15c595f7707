import { AppError } from '@/lib/errors';

/**
 * Parses a single HTTP Range header (RFC 9110 §14.1.2) against a known size. Multiple ranges are
 * not served (players never ask for them); the whole file is served instead, which is allowed.
 */
export function parseByteRange(header: string | null, size: number): { start: number; end: number } | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return null;
  let start: number;
  let end: number;
  if (!match[1]) {
    const suffix = Number(match[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
    if (suffix === 0) throw new AppError('range_not_satisfiable', `empty suffix range of ${size}`);
  } else {
    start = Number(match[1]);
    end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  }
  if (start >= size || start > end) throw new AppError('range_not_satisfiable', `range ${header} of ${size}`);
  return { start, end };
}
