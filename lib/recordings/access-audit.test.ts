import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StaffPrincipal } from '@/lib/auth';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { getDb } from '@/lib/db';
import { destroyExpiredPackages } from '@/lib/fulfilment/package-expiry';
import { liftRecordingHold, placeRecordingHold } from '@/lib/holds/mutations';
import type { AuthorizedCustomerId, CustomerSession } from '@/lib/identity/sessions';
import { decideRequest } from '@/lib/requests/decisions';
import { fileCustomerRequest } from '@/lib/requests/mutations';
import { ensureDefaultRetentionPolicies } from '@/lib/retention/policies';
import { makeWav } from '@/test/audio';
import { withTestDatabase } from '@/test/database';
import { ingestRecording } from './ingest';
import { customerAudioResponse, recordCustomerPlayback, staffAudioResponse } from './playback';
import { recordingMetadataSchema } from './schema';
import { setTranscript } from './transcripts';

withTestDatabase();

const dpo: StaffPrincipal = { sessionId: 's-dpo', staffUserId: 'staff-dpo', name: 'DPO', email: 'dpo@test', roles: ['dpo'] };
const agent: StaffPrincipal = { sessionId: 's-agent', staffUserId: 'staff-agent', name: 'Agent', email: 'agent@test', roles: ['agent'] };
let sequence = 0;

async function customerWithCall() {
  sequence += 1;
  const phone = `+4860055${String(sequence).padStart(4, '0')}`;
  const customer = await upsertCustomerFromCrm(`C-AA${sequence}`, { fullName: 'Klient Audytowy', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'test');
  const metadata = recordingMetadataSchema.parse({
    externalId: `aa-${sequence}`, phone, startedAt: '2026-09-01T10:00:00Z', durationSeconds: 1, direction: 'inbound', purposes: ['quality'], legalBasis: 'consent', consent: { method: 'ivr', givenAt: '2026-09-01T10:00:00Z' },
  });
  const { id } = await ingestRecording({ metadata, audio: Readable.from([makeWav(1)]), maxBytes: 1e7 });
  const session: CustomerSession = { sessionId: `sess-${sequence}`, customerId: customer.id as AuthorizedCustomerId, phone, verifiedAt: new Date(), expiresAt: new Date(Date.now() + 1e6) };
  return { session, recordingId: id };
}

async function eventsSince(seq: bigint) {
  const db = await getDb();
  return (await db.auditEvent.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: 'asc' } })).map((event) => ({ type: event.type, actorType: event.actorType, details: event.details }));
}

async function headSeq(): Promise<bigint> {
  const db = await getDb();
  return (await db.auditEvent.findFirst({ orderBy: { seq: 'desc' } }))?.seq ?? 0n;
}

describe('access to a call, as the audit log sees it', () => {
  it('records a whole-file fetch as a download, the player as a playback, and seeking as nothing', async () => {
    await ensureDefaultRetentionPolicies(await getDb());
    const { session, recordingId } = await customerWithCall();
    const before = await headSeq();
    const url = `http://portal.test/api/v1/me/recordings/${recordingId}/audio`;
    await (await customerAudioResponse(session, recordingId, new Request(url))).arrayBuffer();
    await (await customerAudioResponse(session, recordingId, new Request(url, { headers: { range: 'bytes=0-99' } }))).arrayBuffer();
    await recordCustomerPlayback(session, recordingId);
    await (await staffAudioResponse(dpo, recordingId, new Request(url), { kind: 'complaint', reason: 'Reklamacja 7/2026' })).arrayBuffer();
    expect(await eventsSince(before)).toEqual([
      { type: 'recording.downloaded', actorType: 'customer', details: { sessionId: session.sessionId, range: 'all' } },
      { type: 'recording.played', actorType: 'customer', details: { sessionId: session.sessionId, via: 'portal_player' } },
      { type: 'recording.played', actorType: 'staff', details: { role: 'dpo', purpose: 'complaint', reason: 'Reklamacja 7/2026', range: 'all' } },
    ]);
  });

  it('records a transcript by its segment count and a hold lifted by its id, never the text or the reason', async () => {
    const { recordingId } = await customerWithCall();
    const before = await headSeq();
    await setTranscript(recordingId, [{ startMs: 0, endMs: 900, speaker: 'customer', text: 'Proszę o zmianę taryfy na tańszą.' }], 'pbx');
    const hold = await placeRecordingHold(dpo, recordingId, { reason: 'Spór sądowy 12/2026' });
    await liftRecordingHold(dpo, recordingId, 'Sprawa zakończona ugodą');
    expect(await eventsSince(before)).toEqual([
      { type: 'recording.transcript_set', actorType: 'integration', details: { segments: 1 } },
      { type: 'recording.hold_placed', actorType: 'staff', details: { holdId: hold.id, endsAt: null } },
      { type: 'recording.hold_lifted', actorType: 'staff', details: { holdId: hold.id } },
    ]);
  });
});

describe('decisions and packages, as the audit log sees them', () => {
  it('records an agent\'s proposal, an extension and a restriction', async () => {
    const db = await getDb();
    for (const staff of [dpo, agent]) await db.staffUser.upsert({ where: { id: staff.staffUserId }, create: { id: staff.staffUserId, email: staff.email, name: staff.name, passwordHash: 'x', roles: staff.roles }, update: {} });
    const { session } = await customerWithCall();
    const erasure = await fileCustomerRequest(session, { type: 'erasure' });
    const restriction = await fileCustomerRequest(session, { type: 'restriction' });
    const before = await headSeq();
    expect(await decideRequest(agent, erasure.id, { action: 'approve' })).toMatchObject({ proposalId: expect.any(String) });
    await decideRequest(dpo, restriction.id, { action: 'extend', reason: 'Wiele nagrań do przejrzenia.', extendByDays: 10 });
    await decideRequest(dpo, restriction.id, { action: 'approve' });
    const types = (await eventsSince(before)).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['request.decision_proposed', 'request.extended', 'recording.restricted']));
  });

  it('records an expired access package destroyed', async () => {
    const { session } = await customerWithCall();
    const request = await fileCustomerRequest(session, { type: 'access' });
    const db = await getDb();
    await db.dataSubjectRequest.update({ where: { id: request.id }, data: { packageStorageKey: 'packages/missing.bin', packageWrappedKey: 'wrapped', packageExpiresAt: new Date(Date.now() - 1000) } });
    const before = await headSeq();
    expect(await destroyExpiredPackages()).toBe(1);
    expect(await eventsSince(before)).toEqual([{ type: 'package.destroyed', actorType: 'system', details: {} }]);
  });
});
