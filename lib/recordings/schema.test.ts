import { describe, expect, it } from 'vitest';
import { recordingMetadataSchema } from './schema';

const valid = {
  externalId: 'pbx-1',
  phone: '+48600100200',
  startedAt: '2026-10-01T09:30:00Z',
  durationSeconds: 10,
  direction: 'inbound',
  purposes: ['quality'],
  legalBasis: 'consent',
  consent: { method: 'ivr', givenAt: '2026-10-01T09:30:00Z' },
};

const fieldsOf = (input: unknown) => {
  const result = recordingMetadataSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('recording metadata', () => {
  it('accepts the contract’s example', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it('names each invalid field, also when a date does not parse', () => {
    expect(fieldsOf({ ...valid, startedAt: 'wczoraj' })).toEqual(['startedAt']);
    expect(fieldsOf({ ...valid, phone: '600100200', purposes: ['marketing'] })).toEqual(['phone', 'purposes.0']);
  });

  it('needs consent proof on a consent basis and a retention date after the call', () => {
    expect(fieldsOf({ ...valid, consent: undefined })).toEqual(['consent']);
    expect(fieldsOf({ ...valid, retentionUntil: '2026-09-01T00:00:00Z' })).toEqual(['retentionUntil']);
  });
});
