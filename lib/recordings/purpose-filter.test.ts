import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { makeWav } from '@/test/audio';
import { withTestDatabase } from '@/test/database';
import { ingestRecording } from './ingest';
import { listCustomerRecordings } from './queries';
import { recordingMetadataSchema } from './schema';

withTestDatabase();

describe('listCustomerRecordings filters', () => {
  it('filters by purpose and date range', async () => {
    const phone = '+48600555001';
    const customer = await upsertCustomerFromCrm('C-FILTER', { fullName: 'Filtr', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'test');
    for (const [index, purposes] of [['quality'], ['training', 'quality'], ['contract']].entries()) {
      await ingestRecording({
        metadata: recordingMetadataSchema.parse({ externalId: `filter-${index}`, phone, startedAt: `2026-0${index + 1}-10T10:00:00Z`, durationSeconds: 1, direction: 'inbound', purposes, legalBasis: 'contract' }),
        audio: Readable.from([makeWav(0.2)]),
        maxBytes: 1e6,
      });
    }
    const id = customer.id as AuthorizedCustomerId;
    expect((await listCustomerRecordings(id, { limit: 10, purpose: 'quality' })).items).toHaveLength(2);
    expect((await listCustomerRecordings(id, { limit: 10, purpose: 'contract' })).items).toHaveLength(1);
    expect((await listCustomerRecordings(id, { limit: 10, from: new Date('2026-02-01T00:00:00Z') })).items).toHaveLength(2);
  });
});
