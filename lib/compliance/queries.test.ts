import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appendAuditEvent, type AuditEventInput } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { auditCsvStream } from './exports';
import { auditEventBatches, getCallAccessHistory, listAuditEvents } from './queries';
import { auditFilterSchema } from './schema';

withTestDatabase();

const seq: Record<string, string> = {};
let dpoId = '';
let agentId = '';
let recordingId = '';

async function append(name: string, instant: string, input: AuditEventInput) {
  const db = await getDb();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  try {
    seq[name] = (await db.$transaction((tx) => appendAuditEvent(tx, input))).toString();
  } finally {
    vi.useRealTimers();
  }
}

const seqs = (items: { seq: string }[]) => items.map((item) => item.seq);
const s = (...names: string[]) => names.map((name) => seq[name]);

beforeAll(async () => {
  const db = await getDb();
  dpoId = (await db.staffUser.create({ data: { email: 'iod@test', name: 'Irena Inspektorka', passwordHash: 'x', roles: ['dpo'] } })).id;
  agentId = (await db.staffUser.create({ data: { email: 'agent@test', name: 'Adam Konsultant', passwordHash: 'x', roles: ['agent'] } })).id;
  const first = await db.customer.create({ data: { customerNumber: 'C-Q1', fullName: 'Pierwszy' } });
  const second = await db.customer.create({ data: { customerNumber: 'C-Q2', fullName: 'Drugi' } });
  recordingId = (
    await db.recording.create({
      data: {
        externalId: 'ext-q-1',
        phone: '+48600999002',
        customerId: first.id,
        startedAt: new Date('2026-05-30T10:00:00Z'),
        durationSeconds: 95,
        direction: 'inbound',
        purposes: ['quality', 'contract'],
        legalBasis: 'contract',
        retentionUntil: new Date('2027-05-30T10:00:00Z'),
        sizeBytes: 1000n,
        contentType: 'audio/wav',
        sha256: '0'.repeat(64),
      },
    })
  ).id;

  // 23:59 and 00:00 in Warsaw (CEST) on either side of midnight between 1 and 2 June.
  await append('ingested', '2026-06-01T21:59:00Z', { type: 'recording.ingested', actorType: 'integration', actorId: 'key-1', customerId: first.id, recordingId });
  await append('dpoPlayed', '2026-06-01T22:00:00Z', { type: 'recording.played', actorType: 'staff', actorId: dpoId, customerId: first.id, recordingId, details: { role: 'dpo', purpose: 'complaint', reason: 'Reklamacja 12/2026', range: '0-999' } });
  await append('customerPlayed', '2026-06-02T08:00:00Z', { type: 'recording.played', actorType: 'customer', actorId: first.id, customerId: first.id, recordingId, details: { sessionId: 'sess', range: 'all' } });
  await append('filed', '2026-06-03T08:00:00Z', { type: 'request.filed', actorType: 'customer', actorId: second.id, customerId: second.id, requestId: 'req-other' });
  await append('exported', '2026-06-04T08:00:00Z', { type: 'recording.exported', actorType: 'system', customerId: first.id, recordingId, requestId: 'req-access', details: { redactions: 0 } });
  await append('packageDownloaded', '2026-06-05T08:00:00Z', { type: 'package.downloaded', actorType: 'customer', actorId: first.id, customerId: first.id, requestId: 'req-access', details: { sessionId: 'sess' } });
  await append('agentSignedIn', '2026-06-06T08:00:00Z', { type: 'staff.signed_in', actorType: 'staff', actorId: agentId, details: { channel: 'browser', secondFactor: 'totp' } });
  await append('holdPlaced', '2026-06-07T08:00:00Z', { type: 'recording.hold_placed', actorType: 'staff', actorId: dpoId, customerId: first.id, recordingId, details: { holdId: 'h1', endsAt: null } });
});

const filter = (input: Record<string, string>) => auditFilterSchema.parse(input);

describe('audit explorer', () => {
  it('filters by event type and names the actor: a staff member with the role they acted in, or the customer', async () => {
    const page = await listAuditEvents(filter({ type: 'recording.played' }), {});
    expect(seqs(page.items)).toEqual(s('customerPlayed', 'dpoPlayed'));
    expect(page.items[1]).toMatchObject({
      type: 'recording.played',
      meaning: expect.stringContaining('streamed'),
      actor: { kind: 'staff', name: 'Irena Inspektorka', roles: ['dpo'], roleAtTheTime: 'dpo' },
      customerNumber: 'C-Q1',
      recordingExternalId: 'ext-q-1',
      details: { purpose: 'complaint', reason: 'Reklamacja 12/2026', range: '0-999' },
    });
    expect(page.items[0]?.actor).toEqual({ kind: 'customer' });
  });

  it('filters by actor: one staff member, or a kind of actor', async () => {
    expect(seqs((await listAuditEvents(filter({ actor: `staff:${dpoId}` }), {})).items)).toEqual(s('holdPlaced', 'dpoPlayed'));
    expect(seqs((await listAuditEvents(filter({ actor: 'staff' }), {})).items)).toEqual(s('holdPlaced', 'agentSignedIn', 'dpoPlayed'));
    expect(seqs((await listAuditEvents(filter({ actor: 'integration' }), {})).items)).toEqual(s('ingested'));
  });

  it('filters by customer number and by call, given by its id or by telephony’s id', async () => {
    expect(seqs((await listAuditEvents(filter({ customer: 'C-Q2' }), {})).items)).toEqual(s('filed'));
    expect(seqs((await listAuditEvents(filter({ customer: 'c-q2' }), {})).items)).toEqual(s('filed'));
    const byExternal = seqs((await listAuditEvents(filter({ call: 'ext-q-1' }), {})).items);
    expect(byExternal).toEqual(s('holdPlaced', 'exported', 'customerPlayed', 'dpoPlayed', 'ingested'));
    expect(seqs((await listAuditEvents(filter({ call: recordingId }), {})).items)).toEqual(byExternal);
    expect(seqs((await listAuditEvents(filter({ customer: 'C-Q1', actor: 'customer' }), {})).items)).toEqual(s('packageDownloaded', 'customerPlayed'));
  });

  it('selects nothing for a customer or call that does not exist', async () => {
    expect((await listAuditEvents(filter({ customer: 'C-NOPE' }), {})).items).toEqual([]);
    expect((await listAuditEvents(filter({ call: 'nope' }), {})).items).toEqual([]);
  });

  it('reads the time range as whole Warsaw days, both ends included', async () => {
    expect(seqs((await listAuditEvents(filter({ to: '2026-06-01' }), {})).items)).toEqual(s('ingested'));
    expect(seqs((await listAuditEvents(filter({ from: '2026-06-02', to: '2026-06-02' }), {})).items)).toEqual(s('customerPlayed', 'dpoPlayed'));
  });

  it('pages by sequence number in both directions', async () => {
    const first = await listAuditEvents({}, {}, 3);
    expect(seqs(first.items)).toEqual(s('holdPlaced', 'agentSignedIn', 'packageDownloaded'));
    expect(first).toMatchObject({ newerAfter: null, olderBefore: seq.packageDownloaded });
    const second = await listAuditEvents({}, { before: first.olderBefore! }, 3);
    expect(seqs(second.items)).toEqual(s('exported', 'filed', 'customerPlayed'));
    expect(second).toMatchObject({ newerAfter: seq.exported, olderBefore: seq.customerPlayed });
    const third = await listAuditEvents({}, { before: second.olderBefore! }, 3);
    expect(seqs(third.items)).toEqual(s('dpoPlayed', 'ingested'));
    expect(third).toMatchObject({ newerAfter: seq.dpoPlayed, olderBefore: null });
    const back = await listAuditEvents({}, { after: second.newerAfter! }, 3);
    expect(seqs(back.items)).toEqual(seqs(first.items));
    expect(back).toMatchObject({ newerAfter: null, olderBefore: seq.packageDownloaded });
    const backFromThird = await listAuditEvents({}, { after: third.newerAfter! }, 3);
    expect(seqs(backFromThird.items)).toEqual(seqs(second.items));
    expect(backFromThird).toMatchObject({ newerAfter: seq.exported, olderBefore: seq.customerPlayed });
  });

  it('streams the whole filtered log in batches and as CSV', async () => {
    const batches: string[][] = [];
    for await (const batch of auditEventBatches({}, 3)) batches.push(seqs(batch));
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 2]);
    const bytes = Buffer.from(await new Response(auditCsvStream(filter({ type: 'recording.played' }))).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('seq,at_utc,at_warsaw,type,meaning,actor_type,actor_id,actor_name,actor_roles,customer_number,call_id,call_external_id,request_id,details');
    expect(lines).toHaveLength(4); // header, two events, and the empty string after the last CRLF
    expect(lines[2]).toContain(`${seq.dpoPlayed},2026-06-01T22:00:00.000Z,2026-06-02 00:00:00,recording.played,`);
    expect(lines[2]).toContain(`,staff,${dpoId},Irena Inspektorka,dpo,C-Q1,${recordingId},ext-q-1,,`);
    expect(lines[2]).toContain('""purpose"":""complaint""');
  });
});

describe('per-call access history', () => {
  it('lists who played, exported and downloaded a copy of the call, apart from its other events', async () => {
    const history = await getCallAccessHistory('ext-q-1');
    expect(history?.recording).toMatchObject({ id: recordingId, externalId: 'ext-q-1', customerNumber: 'C-Q1', status: 'available', durationSeconds: 95 });
    expect(seqs(history!.access)).toEqual(s('packageDownloaded', 'exported', 'customerPlayed', 'dpoPlayed'));
    expect(seqs(history!.other)).toEqual(s('holdPlaced', 'ingested'));
    expect(history!.access.at(-1)?.actor).toMatchObject({ name: 'Irena Inspektorka', roleAtTheTime: 'dpo' });
    expect((await getCallAccessHistory(recordingId))?.recording.id).toBe(recordingId);
    expect(await getCallAccessHistory('missing')).toBeNull();
  });
});
