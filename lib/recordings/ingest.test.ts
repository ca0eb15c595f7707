import { Readable } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordConsentEvent } from '@/lib/consent/mutations';
import { checkConsent } from '@/lib/consent/queries';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { getDb } from '@/lib/db';
import { ensureDefaultRetentionPolicies } from '@/lib/retention/policies';
import { openDecrypted } from '@/lib/storage/vault';
import { makeWav } from '@/test/audio';
import { withTestDatabase } from '@/test/database';
import { ingestRecording } from './ingest';
import { recordingMetadataSchema, type RecordingMetadata } from './schema';

withTestDatabase();

let sequence = 0;
function metadata(overrides: Record<string, unknown> = {}): RecordingMetadata {
  sequence += 1;
  return recordingMetadataSchema.parse({
    externalId: `pbx-test-${sequence}`,
    phone: '+48600999001',
    startedAt: '2026-05-10T09:00:00Z',
    durationSeconds: 1,
    direction: 'inbound',
    purposes: ['quality'],
    legalBasis: 'consent',
    consent: { method: 'ivr', givenAt: '2026-05-10T09:00:00Z' },
    ...overrides,
  });
}

const ingest = (meta: RecordingMetadata, audio: Buffer) =>
  ingestRecording({ metadata: meta, audio: Readable.from([audio]), declaredType: 'audio/wav', maxBytes: 1024 * 1024 });

function storedObjectCount(): number {
  const root = path.join(process.env.DATA_DIR!, 'recordings', 'recordings');
  return fs.existsSync(root) ? fs.readdirSync(root).length : 0;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}

describe('ingestRecording', () => {
  it('stores the audio encrypted, byte for byte retrievable, with its retention from the purpose policy', async () => {
    const db = await getDb();
    await ensureDefaultRetentionPolicies(db);
    const audio = makeWav(1.5);
    const result = await ingest(metadata(), audio);
    expect(result).toMatchObject({ status: 'available', created: true });
    const row = await db.recording.findUniqueOrThrow({ where: { id: result.id }, omit: { wrappedKey: false } });
    expect(row.durationSeconds).toBe(2); // read from the WAV header (1.5 s), rounded
    expect(row.retentionUntil.toISOString()).toBe('2026-08-08T09:00:00.000Z'); // quality: 90 days
    const { stream } = await openDecrypted({ storageKey: row.storageKey!, wrappedKey: row.wrappedKey! });
    expect((await readAll(stream)).equals(audio)).toBe(true);
  });

  it('is idempotent on externalId with the same audio and refuses other audio', async () => {
    const meta = metadata();
    const audio = makeWav(1);
    const first = await ingest(meta, audio);
    const objects = storedObjectCount();
    expect(await ingest(meta, audio)).toEqual({ ...first, created: false });
    await expect(ingest(meta, makeWav(1, 880))).rejects.toMatchObject({ code: 'conflict' });
    expect(storedObjectCount()).toBe(objects);
  });

  it('keeps exactly one recording when retries of the same call race', async () => {
    const meta = metadata();
    const audio = makeWav(0.5);
    const results = await Promise.all(Array.from({ length: 4 }, () => ingest(meta, audio)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await (await getDb()).recording.count({ where: { externalId: meta.externalId } })).toBe(1);
  });

  it('stores nothing for text posing as audio or a truncated WAV', async () => {
    const before = storedObjectCount();
    await expect(ingest(metadata(), Buffer.from('this is not audio at all, just text'))).rejects.toMatchObject({ code: 'unsupported_media_type' });
    await expect(ingest(metadata(), makeWav(1).subarray(0, 3000))).rejects.toMatchObject({ code: 'validation_failed' });
    expect(storedObjectCount()).toBe(before);
  });

  it('refuses audio over the size limit while streaming and keeps nothing', async () => {
    const before = storedObjectCount();
    const oversize = ingestRecording({ metadata: metadata(), audio: Readable.from([makeWav(10)]), maxBytes: 50_000 });
    await expect(oversize).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(storedObjectCount()).toBe(before);
  });

  it('stores nothing when the metadata turns out invalid after the audio arrived', async () => {
    const before = storedObjectCount();
    const invalid = Promise.reject(new Error('metadata does not validate'));
    invalid.catch(() => undefined);
    await expect(ingestRecording({ metadata: invalid, audio: Readable.from([makeWav(1)]), maxBytes: 1e6 })).rejects.toThrow('metadata does not validate');
    expect(storedObjectCount()).toBe(before);
  });

  it('quarantines a call made for purposes whose consent was withdrawn', async () => {
    const db = await getDb();
    const phone = '+48600999002';
    await db.$transaction(async (tx) => {
      for (const purpose of ['quality', 'training'] as const) {
        await recordConsentEvent(tx, { phone, purpose, action: 'withdrawn', method: 'portal', occurredAt: new Date('2026-04-01T00:00:00Z'), actor: { type: 'customer' } });
      }
    });
    const check = await checkConsent(db, phone);
    expect(check.purposes).toMatchObject({ quality: false, training: false, contract: true });
    expect(check.recordingAllowed).toBe(true);

    const withoutConsent = await ingest(metadata({ phone, purposes: ['quality', 'training'], legalBasis: 'legitimate_interest', consent: undefined }), makeWav(0.5));
    expect(withoutConsent.status).toBe('quarantined');
    const partlyAllowed = await ingest(metadata({ phone, purposes: ['quality', 'contract'], legalBasis: 'contract', consent: undefined }), makeWav(0.5));
    expect(partlyAllowed.status).toBe('available');
  });
});

describe('line ownership', () => {
  it('gives each call of a recycled number to whoever held the line then, also when the CRM learns of the move late', async () => {
    const db = await getDb();
    const phone = '+48600999100';
    const previous = await upsertCustomerFromCrm('C-OLD', { fullName: 'Poprzedni Właściciel', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'test');
    // The number moved on 1 June, but the CRM has not said so yet when this call arrives.
    const afterMove = await ingest(metadata({ phone, startedAt: '2026-06-05T10:00:00Z' }), makeWav(0.5));
    const beforeMove = await ingest(metadata({ phone, startedAt: '2026-05-20T10:00:00Z' }), makeWav(0.5));
    expect((await db.recording.findUniqueOrThrow({ where: { id: afterMove.id } })).customerId).toBe(previous.id);

    await upsertCustomerFromCrm('C-OLD', { fullName: 'Poprzedni Właściciel', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z'), activeTo: new Date('2026-06-01T00:00:00Z') }] }, 'test');
    const next = await upsertCustomerFromCrm('C-NEW', { fullName: 'Nowa Właścicielka', lines: [{ phone, activeFrom: new Date('2026-06-01T00:00:00Z') }] }, 'test');

    expect((await db.recording.findUniqueOrThrow({ where: { id: afterMove.id } })).customerId).toBe(next.id);
    expect((await db.recording.findUniqueOrThrow({ where: { id: beforeMove.id } })).customerId).toBe(previous.id);
  });

  it('refuses a window that overlaps another customer’s on the same number', async () => {
    const phone = '+48600999200';
    await upsertCustomerFromCrm('C-A', { fullName: 'A', lines: [{ phone, activeFrom: new Date('2024-01-01T00:00:00Z') }] }, 'test');
    await expect(
      upsertCustomerFromCrm('C-B', { fullName: 'B', lines: [{ phone, activeFrom: new Date('2025-01-01T00:00:00Z') }] }, 'test'),
    ).rejects.toMatchObject({ code: 'conflict', fieldErrors: [{ field: 'lines.0' }] });
  });

  it('keeps a call the agent tied to a customer number with that customer', async () => {
    const db = await getDb();
    const phone = '+48600999300';
    await upsertCustomerFromCrm('C-OWNER', { fullName: 'Owner', lines: [{ phone, activeFrom: new Date('2024-01-01T00:00:00Z') }] }, 'test');
    const caller = await upsertCustomerFromCrm('C-CALLER', { fullName: 'Caller', lines: [] }, 'test');
    const call = await ingest(metadata({ phone, customerNumber: 'C-CALLER' }), makeWav(0.5));
    await upsertCustomerFromCrm('C-OWNER', { fullName: 'Owner', lines: [{ phone, activeFrom: new Date('2023-01-01T00:00:00Z') }] }, 'test');
    expect((await db.recording.findUniqueOrThrow({ where: { id: call.id } })).customerId).toBe(caller.id);
  });
});
