import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import pl from './messages/pl.json';
import { returnPathSchema, setLocaleSchema } from './schema';

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? '').sort();
}

describe('messages', () => {
  const plKeys = flatten(pl);
  const enKeys = flatten(en);

  it('has the same keys in Polish and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...plKeys.keys()].sort());
  });

  it('has no empty text and the same placeholders in both languages', () => {
    for (const [key, text] of plKeys) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
      expect(placeholders(String(enKeys.get(key) ?? '')), key).toEqual(placeholders(text as string));
    }
  });
});

describe('setLocaleSchema', () => {
  it('accepts the two locales and a path on this site', () => {
    expect(setLocaleSchema.parse({ locale: 'en', returnTo: '/how-we-record' })).toEqual({ locale: 'en', returnTo: '/how-we-record' });
    expect(setLocaleSchema.parse({ locale: 'pl', returnTo: '/calls?page=2' }).returnTo).toBe('/calls?page=2');
  });

  it('refuses any other locale', () => {
    expect(setLocaleSchema.safeParse({ locale: 'de', returnTo: '/' }).success).toBe(false);
    expect(setLocaleSchema.safeParse({ locale: null, returnTo: '/' }).success).toBe(false);
  });

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', ' /x', '/a b', '/x\u0000'])(
    'never redirects to %j',
    (returnTo) => {
      expect(returnPathSchema.safeParse(returnTo).success).toBe(false);
      expect(setLocaleSchema.parse({ locale: 'pl', returnTo }).returnTo).toBe('/');
    },
  );

  it('falls back to the home page when the path is missing', () => {
    expect(setLocaleSchema.parse({ locale: 'pl', returnTo: null }).returnTo).toBe('/');
  });
});
