import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { getDb } from '@/lib/db';
import type { AuthorizedCustomerId, CustomerSession } from '@/lib/identity/sessions';
import { ingestRecording } from '@/lib/recordings/ingest';
import { recordCustomerPlayback } from '@/lib/recordings/playback';
import { recordingMetadataSchema } from '@/lib/recordings/schema';
import { fileCustomerRequest } from '@/lib/requests/mutations';
import { ensureDefaultRetentionPolicies } from '@/lib/retention/policies';
import { makeWav } from '@/test/audio';
import { withTestDatabase } from '@/test/database';
import { findPossibleMisdeliveries } from './misdelivery';

withTestDatabase();

const phone = '+48600444001';
const sessionOf = (customerId: string): CustomerSession => ({ sessionId: `sess-${customerId}`, customerId: customerId as AuthorizedCustomerId, phone, verifiedAt: new Date(), expiresAt: new Date(Date.now() + 1e6) });

describe('possible misdelivery (rule 23)', () => {
  it('finds a call heard and downloaded in a package by a customer who turned out not to own it, after the CRM corrected the line', async () => {
    const db = await getDb();
    await ensureDefaultRetentionPolicies(db);
    // The CRM first says Anna has held the number since 2020…
    const anna = await upsertCustomerFromCrm('C-ANNA', { fullName: 'Anna', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'crm');
    const metadata = recordingMetadataSchema.parse({ externalId: 'misdelivered-1', phone, startedAt: '2026-06-10T10:00:00Z', durationSeconds: 1, direction: 'inbound', purposes: ['quality'], legalBasis: 'consent', consent: { method: 'ivr', givenAt: '2026-06-10T10:00:00Z' } });
    const call = await ingestRecording({ metadata, audio: Readable.from([makeWav(1)]), maxBytes: 1e7 });
    await recordCustomerPlayback(sessionOf(anna.id), call.id);
    const access = await fileCustomerRequest(sessionOf(anna.id), { type: 'access' });
    await db.$transaction((tx) => appendAuditEvent(tx, { type: 'package.downloaded', actorType: 'customer', actorId: anna.id, customerId: anna.id, requestId: access.id, details: { sessionId: 'sess' } }));
    expect(await findPossibleMisdeliveries(db)).toEqual({ count: 0, items: [] });

    // …then learns the number was recycled: Bartek has held it since January 2026.
    await upsertCustomerFromCrm('C-ANNA', { fullName: 'Anna', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z'), activeTo: new Date('2026-01-01T00:00:00Z') }] }, 'crm');
    const bartek = await upsertCustomerFromCrm('C-BARTEK', { fullName: 'Bartek', lines: [{ phone, activeFrom: new Date('2026-01-01T00:00:00Z') }] }, 'crm');
    expect((await db.recording.findUniqueOrThrow({ where: { id: call.id } })).customerId).toBe(bartek.id);
    await recordCustomerPlayback(sessionOf(bartek.id), call.id); // the owner hearing their own call is not a breach

    const found = await findPossibleMisdeliveries(db);
    expect(found.count).toBe(2);
    expect(found.items.map((item) => [item.type, item.externalId, item.deliveredToNumber, item.ownerNumber])).toEqual([
      ['package.downloaded', 'misdelivered-1', 'C-ANNA', 'C-BARTEK'],
      ['recording.played', 'misdelivered-1', 'C-ANNA', 'C-BARTEK'],
    ]);
    expect(found.items[0]!.requestId).toBe(access.id);
  });
});
