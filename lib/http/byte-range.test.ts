import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range';

describe('parseByteRange', () => {
  it('reads start-end, open-ended and suffix ranges, clamping the end to the size', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
  });

  it('serves the whole file for an absent, multiple or foreign range', () => {
    expect(parseByteRange(null, 1000)).toBeNull();
    expect(parseByteRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseByteRange('items=0-1', 1000)).toBeNull();
  });

  it('refuses a range outside the file', () => {
    expect(() => parseByteRange('bytes=1000-', 1000)).toThrow(expect.objectContaining({ code: 'range_not_satisfiable' }));
    expect(() => parseByteRange('bytes=5-2', 1000)).toThrow(expect.objectContaining({ code: 'range_not_satisfiable' }));
  });
});
