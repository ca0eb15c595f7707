import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDataKey, unwrapDataKey, wrapDataKey } from './envelope-keys';
import { IntegrityError } from './errors';

describe('envelope keys', () => {
  const masterKey = randomBytes(32);

  it('unwraps what it wrapped', () => {
    const dataKey = generateDataKey();
    expect(unwrapDataKey(wrapDataKey(dataKey, masterKey), masterKey).equals(dataKey)).toBe(true);
  });

  it('produces a versioned, opaque base64 string that differs on every wrap', () => {
    const dataKey = generateDataKey();
    const first = wrapDataKey(dataKey, masterKey);
    const second = wrapDataKey(dataKey, masterKey);
    expect(first).not.toBe(second);
    const bytes = Buffer.from(first, 'base64');
    expect(bytes.length).toBe(61);
    expect(bytes[0]).toBe(1);
    expect(bytes.includes(dataKey)).toBe(false);
  });

  it('gives every recording a different data key', () => {
    expect(generateDataKey().equals(generateDataKey())).toBe(false);
  });

  it('rejects the wrong master key', () => {
    const wrapped = wrapDataKey(generateDataKey(), masterKey);
    expect(() => unwrapDataKey(wrapped, randomBytes(32))).toThrow(IntegrityError);
  });

  it('rejects any altered byte, an unknown version and malformed input', () => {
    const bytes = Buffer.from(wrapDataKey(generateDataKey(), masterKey), 'base64');
    for (let i = 0; i < bytes.length; i++) {
      const altered = Buffer.from(bytes);
      altered[i]! ^= 0x01;
      expect(() => unwrapDataKey(altered.toString('base64'), masterKey), `byte ${i}`).toThrow(IntegrityError);
    }
    expect(() => unwrapDataKey(bytes.subarray(0, 60).toString('base64'), masterKey)).toThrow(IntegrityError);
    expect(() => unwrapDataKey('', masterKey)).toThrow(IntegrityError);
    expect(() => unwrapDataKey('not base64 at all!', masterKey)).toThrow(IntegrityError);
  });

  it('refuses master keys of the wrong length', () => {
    expect(() => wrapDataKey(generateDataKey(), randomBytes(16))).toThrow(TypeError);
  });
});
