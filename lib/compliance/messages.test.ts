import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '@/lib/audit/events';
import en from '@/lib/i18n/messages/en.json';
import pl from '@/lib/i18n/messages/pl.json';

type Events = Record<string, Record<string, { label?: string; meaning?: string }>>;

describe('audit event names in words', () => {
  it.each([
    ['pl', pl.audit.events as Events],
    ['en', en.audit.events as Events],
  ])('names and explains every typed audit event in %s, so the explorer never shows a bare code', (_language, events) => {
    const missing = Object.keys(auditEventTypes).filter((type) => {
      const [group, name] = type.split('.') as [string, string];
      return !events[group]?.[name]?.label || !events[group]?.[name]?.meaning;
    });
    expect(missing).toEqual([]);
  });
});
