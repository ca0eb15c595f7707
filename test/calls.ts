import { Readable } from 'node:stream';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { ingestRecording } from '@/lib/recordings/ingest';
import { recordingMetadataSchema } from '@/lib/recordings/schema';
import { makeWav } from './audio';

export interface TestCall {
  legalBasis: 'consent' | 'legitimate_interest' | 'contract' | 'legal_obligation';
  retentionUntil?: string;
}

let sequence = 0;

/**
 * A customer from the CRM with one line and the given calls ingested on it (one-second tones,
 * quality purpose, a September 2026 day each; consent calls carry their IVR proof). `beforeCalls`
 * runs once the customer exists, e.g. to withdraw consent first.
 */
export async function customerWithCalls(calls: TestCall[], options: { beforeCalls?: (customer: { customerId: string; phone: string }) => Promise<void> } = {}): Promise<{ customerId: string; phone: string; ids: string[] }> {
  sequence += 1;
  const tag = String(sequence);
  const phone = `+48601${String(sequence).padStart(6, '0')}`;
  const customer = await upsertCustomerFromCrm(`C-T${tag}`, { fullName: 'Klientka Testowa', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'test');
  await options.beforeCalls?.({ customerId: customer.id, phone });
  const ids: string[] = [];
  for (const [index, call] of calls.entries()) {
    const startedAt = new Date(Date.UTC(2026, 8, 1 + index, 10)).toISOString();
    const metadata = recordingMetadataSchema.parse({
      externalId: `t-${tag}-${index}`,
      phone,
      startedAt,
      durationSeconds: 1,
      direction: 'inbound',
      purposes: ['quality'],
      legalBasis: call.legalBasis,
      retentionUntil: call.retentionUntil,
      ...(call.legalBasis === 'consent' ? { consent: { method: 'ivr', givenAt: startedAt } } : {}),
    });
    ids.push((await ingestRecording({ metadata, audio: Readable.from([makeWav(1)]), maxBytes: 1e7 })).id);
  }
  return { customerId: customer.id, phone, ids };
}
