import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '@/generated/prisma/client';
import { verifyAuditChain } from '@/lib/audit/verify';
import type { StaffPrincipal } from '@/lib/auth';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { getDb } from '@/lib/db';
import type { AuthorizedCustomerId, CustomerSession } from '@/lib/identity/sessions';
import { ingestRecording } from '@/lib/recordings/ingest';
import { recordingMetadataSchema } from '@/lib/recordings/schema';
import { decideRequest, resolveProposal } from '@/lib/requests/decisions';
import { fileCustomerRequest } from '@/lib/requests/mutations';
import { ensureDefaultRetentionPolicies } from '@/lib/retention/policies';
import { createVault } from '@/lib/storage/vault';
import { DiskObjectStore } from '@/lib/storage/disk-store';
import { makeWav } from '@/test/audio';
import { withTestDatabase } from '@/test/database';
import { buildAccessPackage } from './access-package';
import { purgeExpiredRecordings } from './retention-purge';
import { getCustomerErasureCertificate } from './certificate-queries';
import { eraseCallsOfWithdrawnConsent } from './consent-erasure';
import { certificateDigest, issueErasureCertificate } from './erasure-certificate';
import { unzip } from '@/test/zip';

withTestDatabase();

const dpo: StaffPrincipal = { sessionId: 's', staffUserId: 'staff-dpo', name: 'DPO', email: 'dpo@test', roles: ['dpo'] };
const noProgress = { setTotal: async () => undefined, advance: async () => undefined };
let sequence = 0;

async function customerWithCalls(audios: Buffer[], overrides: Record<string, unknown> = {}) {
  sequence += 1;
  const phone = `+4860077${String(sequence).padStart(4, '0')}`;
  const customer = await upsertCustomerFromCrm(`C-F${sequence}`, { fullName: 'Klientka Testowa', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'test');
  const ids: string[] = [];
  for (const [index, audio] of audios.entries()) {
    const metadata = recordingMetadataSchema.parse({
      externalId: `f-${sequence}-${index}`,
      phone,
      startedAt: new Date(Date.UTC(2026, 8, 1 + index, 10)).toISOString(),
      durationSeconds: 3,
      direction: 'inbound',
      purposes: ['quality'],
      legalBasis: 'consent',
      consent: { method: 'ivr', givenAt: new Date(Date.UTC(2026, 8, 1 + index, 10)).toISOString() },
      transcript: [{ startMs: 0, endMs: 1000, speaker: 'agent', text: 'Dzień dobry.' }],
      ...overrides,
    });
    ids.push((await ingestRecording({ metadata, audio: Readable.from([audio]), maxBytes: 1e7 })).id);
  }
  const session: CustomerSession = { sessionId: 'x', customerId: customer.id as AuthorizedCustomerId, phone, verifiedAt: new Date(), expiresAt: new Date(Date.now() + 1e6) };
  return { session, ids, phone };
}


async function readPackage(requestId: string): Promise<Map<string, Buffer>> {
  const db = await getDb();
  const request = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: requestId }, omit: { packageWrappedKey: false } });
  const { openDecrypted } = await import('@/lib/storage/vault');
  const { stream } = await openDecrypted({ storageKey: request.packageStorageKey!, wrappedKey: request.packageWrappedKey! });
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(piece as Buffer);
  return unzip(Buffer.concat(pieces));
}

describe('access package', () => {
  it('holds every call byte for byte, the metadata, transcripts, summaries and a manifest of SHA-256 hashes', async () => {
    await ensureDefaultRetentionPolicies(await getDb());
    const audios = [makeWav(2, 300), makeWav(3, 500)];
    const { session } = await customerWithCalls(audios);
    const request = await fileCustomerRequest(session, { type: 'access' });
    expect(await decideRequest(dpo, request.id, { action: 'approve' })).toEqual({ status: 'in_progress' });
    await buildAccessPackage(request.id, noProgress);

    const files = await readPackage(request.id);
    const audioFiles = [...files.keys()].filter((name) => name.startsWith('calls/')).sort();
    expect(audioFiles).toHaveLength(2);
    expect(files.get(audioFiles[0]!)!.equals(audios[0]!)).toBe(true);
    expect(files.get(audioFiles[1]!)!.equals(audios[1]!)).toBe(true);
    for (const name of ['calls.json', 'calls.csv', 'consent-history.json', 'requests.json', 'summary-pl.html', 'summary-en.html', 'manifest.json']) expect(files.has(name)).toBe(true);
    expect(files.get('summary-pl.html')!.toString()).toContain('Prezesa Urzędu Ochrony Danych Osobowych');
    const manifest = JSON.parse(files.get('manifest.json')!.toString()) as { files: { file: string; sha256: string }[] };
    const { createHash } = await import('node:crypto');
    for (const entry of manifest.files) expect(createHash('sha256').update(files.get(entry.file)!).digest('hex')).toBe(entry.sha256);
    expect(manifest.files).toHaveLength(files.size - 1);

    const done = await (await getDb()).dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(done.status).toBe('completed');
    expect(done.packageExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it('silences a redacted range in the copy (checked in the decoded PCM) and reports a partial refusal', async () => {
    const audio = makeWav(3, 400);
    const { session, ids } = await customerWithCalls([audio]);
    const db = await getDb();
    await db.redaction.create({ data: { recordingId: ids[0]!, startMs: 1000, endMs: 2000, reason: 'Dane innej osoby', createdById: 'staff-dpo' } });
    const request = await fileCustomerRequest(session, { type: 'access' });
    await decideRequest(dpo, request.id, { action: 'approve' });
    await buildAccessPackage(request.id, noProgress);
    const files = await readPackage(request.id);
    const copy = [...files.entries()].find(([name]) => name.startsWith('calls/'))![1];
    const sampleAt = (wav: Buffer, ms: number) => wav.readInt16LE(44 + Math.floor(ms * 8) * 2);
    const silenced = Array.from({ length: 800 }, (_, i) => sampleAt(copy, 1000 + i)).every((value) => value === 0);
    expect(silenced).toBe(true);
    expect(Array.from({ length: 200 }, (_, i) => sampleAt(copy, 200 + i)).some((value) => value !== 0)).toBe(true);
    const row = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id }, include: { recordings: true } });
    expect(row.status).toBe('partially_completed');
    expect(row.recordings[0]).toMatchObject({ outcome: 'partially_redacted', outcomeReason: 'art_15_4_rights_of_others' });
  });

  it('finishes exactly once after a crash in the middle of the build', async () => {
    const { session } = await customerWithCalls([makeWav(1), makeWav(1, 700)]);
    const request = await fileCustomerRequest(session, { type: 'access' });
    await decideRequest(dpo, request.id, { action: 'approve' });
    const crashing = { setTotal: async () => undefined, advance: async () => { throw new Error('worker killed'); } };
    await expect(buildAccessPackage(request.id, crashing)).rejects.toThrow('worker killed');
    const db = await getDb();
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'in_progress', packageStorageKey: null });
    await buildAccessPackage(request.id, noProgress);
    await buildAccessPackage(request.id, noProgress); // a duplicate delivery of the job changes nothing
    expect(await db.auditEvent.count({ where: { requestId: request.id, type: 'package.built' } })).toBe(1);
    expect((await readPackage(request.id)).has('manifest.json')).toBe(true);
  });

  it('attaches one package when two builds race, and deletes the loser’s copy', async () => {
    const { session } = await customerWithCalls([makeWav(1, 600)]);
    const request = await fileCustomerRequest(session, { type: 'access' });
    await decideRequest(dpo, request.id, { action: 'approve' });
    await Promise.all([buildAccessPackage(request.id, noProgress), buildAccessPackage(request.id, noProgress)]);
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { requestId: request.id, type: 'package.built' } })).toBe(1);
    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: 'package_ready' } })).toBe(1);
    const { getObjectStore } = await import('@/lib/storage/vault');
    const stored: string[] = [];
    for await (const object of getObjectStore().list(`packages/${request.id}/`)) stored.push(object.key);
    const attached = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toEqual([attached.packageStorageKey]);
  });
});

describe('erasure and retention', () => {
  it('erases a call once when two erasures of it run at the same moment', async () => {
    const { ids } = await customerWithCalls([makeWav(1, 650)]);
    const db = await getDb();
    const { eraseRecording } = await import('./erasure');
    await Promise.all([1, 2].map(() => db.$transaction((tx) => eraseRecording(tx, { recordingId: ids[0]!, cause: 'request' }))));
    expect(await db.auditEvent.count({ where: { recordingId: ids[0]!, type: 'recording.erased' } })).toBe(1);
  });

  it('leaves a shredded call unreadable even when its object is restored from a copy', async () => {
    const { session, ids } = await customerWithCalls([makeWav(1)]);
    const db = await getDb();
    const before = await db.recording.findUniqueOrThrow({ where: { id: ids[0]! }, omit: { wrappedKey: false } });
    const objectPath = path.join(process.env.DATA_DIR!, 'recordings', before.storageKey!);
    const copy = fs.readFileSync(objectPath);
    const request = await fileCustomerRequest(session, { type: 'erasure' });
    expect(await decideRequest(dpo, request.id, { action: 'approve' })).toEqual({ status: 'completed' });
    const after = await db.recording.findUniqueOrThrow({ where: { id: ids[0]! }, omit: { wrappedKey: false } });
    expect(after).toMatchObject({ status: 'erased', wrappedKey: null, storageKey: null, erasedByRequestId: request.id });
    expect(await db.transcriptSegment.count({ where: { recordingId: ids[0]! } })).toBe(0);
    expect(fs.existsSync(objectPath)).toBe(false);

    // Restore the ciphertext as a backup would; no key the database still holds opens it.
    fs.mkdirSync(path.dirname(objectPath), { recursive: true });
    fs.writeFileSync(objectPath, copy);
    const vault = createVault({ store: new DiskObjectStore(path.join(process.env.DATA_DIR!, 'recordings')), masterKey: Buffer.from(process.env.MASTER_KEY!, 'base64') });
    const remainingKeys = (await db.recording.findMany({ where: { wrappedKey: { not: null } }, select: { wrappedKey: true } })).map((r) => r.wrappedKey!);
    expect(remainingKeys.length).toBeGreaterThan(0);
    for (const wrappedKey of remainingKeys) {
      await expect((async () => {
        const { stream } = await vault.openDecrypted({ storageKey: before.storageKey!, wrappedKey });
        for await (const _ of stream) void _;
      })()).rejects.toThrow();
    }
  });

  it('purges calls past retention, keeps held ones, and erases them once the hold is lifted', async () => {
    const { ids } = await customerWithCalls([makeWav(0.5), makeWav(0.5, 600)], { retentionUntil: '2026-10-01T00:00:00Z' });
    const db = await getDb();
    const hold = await db.legalHold.create({ data: { recordingId: ids[0]!, reason: 'Skarga 1/2026', placedById: 'staff-dpo' } });
    await purgeExpiredRecordings(undefined, new Date('2026-10-02T00:00:00Z'));
    expect((await db.recording.findUniqueOrThrow({ where: { id: ids[0]! } })).status).toBe('available');
    expect((await db.recording.findUniqueOrThrow({ where: { id: ids[1]! } })).status).toBe('erased');
    await db.legalHold.update({ where: { id: hold.id }, data: { liftedAt: new Date() } });
    await purgeExpiredRecordings(undefined, new Date('2026-10-03T00:00:00Z'));
    expect((await db.recording.findUniqueOrThrow({ where: { id: ids[0]! } })).status).toBe('erased');
    expect(await db.auditEvent.count({ where: { type: 'retention.purged' } })).toBeGreaterThanOrEqual(2);
  });

  it('erases calls recorded on a withdrawn consent alone, and keeps a call that serves another purpose', async () => {
    const only = await customerWithCalls([makeWav(0.5)]);
    const db = await getDb();
    const mixed = await ingestRecording({
      metadata: recordingMetadataSchema.parse({ externalId: `mixed-${sequence}`, phone: only.phone, startedAt: '2026-09-20T10:00:00Z', durationSeconds: 1, direction: 'inbound', purposes: ['quality', 'training'], legalBasis: 'consent', consent: { method: 'ivr', givenAt: '2026-09-20T10:00:00Z' } }),
      audio: Readable.from([makeWav(0.5)]),
      maxBytes: 1e7,
    });
    const request = await fileCustomerRequest(only.session, { type: 'consent_withdrawal', purposes: ['quality'] });
    expect(request.status).toBe('completed');
    await eraseCallsOfWithdrawnConsent(request.id, noProgress);
    expect((await db.recording.findUniqueOrThrow({ where: { id: only.ids[0]! } })).status).toBe('erased');
    const kept = await db.recording.findUniqueOrThrow({ where: { id: mixed.id } });
    expect(kept).toMatchObject({ status: 'available', withdrawnPurposes: ['quality'] });
  });
});

describe('erasure certificate', () => {
  const staffRow = (id: string, roles: StaffRole[]) => ({ id, email: `${id}@test.wglad.test`, name: id, passwordHash: 'not-used', roles });

  /** Three calls of one customer: one erasable (with a redaction and a live access-package copy), one held, one kept by a legal obligation. */
  async function mixedCase() {
    const db = await getDb();
    const { session, ids, phone } = await customerWithCalls([makeWav(0.5), makeWav(0.5, 600)]);
    const [erasable, held] = ids as [string, string];
    const obliged = await ingestRecording({
      metadata: recordingMetadataSchema.parse({ externalId: `obliged-${sequence}`, phone, startedAt: '2026-09-21T10:00:00Z', durationSeconds: 1, direction: 'outbound', purposes: ['legal_evidence'], legalBasis: 'legal_obligation', retentionUntil: '2031-01-01T00:00:00Z' }),
      audio: Readable.from([makeWav(0.5)]),
      maxBytes: 1e7,
    });
    await db.redaction.create({ data: { recordingId: erasable, startMs: 0, endMs: 500, reason: 'Dane innej osoby', createdById: 'staff-dpo' } });
    await db.legalHold.create({ data: { recordingId: held, reason: 'Reklamacja 7/2026', placedById: 'staff-dpo' } });
    const access = await fileCustomerRequest(session, { type: 'access', recordingIds: [erasable] });
    await decideRequest(dpo, access.id, { action: 'approve' });
    await buildAccessPackage(access.id, noProgress);
    const erasure = await fileCustomerRequest(session, { type: 'erasure' });
    return { session, erasable, held, obliged: obliged.id, access, erasure };
  }

  it('is written once, in the erasure transaction, with each call’s outcome and chain positions that match the audit rows', async () => {
    const db = await getDb();
    await db.staffUser.createMany({ data: [staffRow('cert-agent', ['agent']), staffRow('cert-dpo', ['dpo'])], skipDuplicates: true });
    const agent: StaffPrincipal = { sessionId: 's', staffUserId: 'cert-agent', name: 'Agent', email: 'cert-agent@test.wglad.test', roles: ['agent'] };
    const confirmer: StaffPrincipal = { ...dpo, staffUserId: 'cert-dpo' };
    const { session, erasable, held, obliged, access, erasure } = await mixedCase();

    const proposed = await decideRequest(agent, erasure.id, { action: 'approve' });
    expect(await db.erasureCertificate.count({ where: { requestId: erasure.id } })).toBe(0);
    expect(await resolveProposal(confirmer, proposed.proposalId!, true)).toEqual({ status: 'partially_completed' });

    const view = await getCustomerErasureCertificate(session.customerId, erasure.id);
    const { certificate } = view;
    expect(certificate).toMatchObject({ version: 1, requestId: erasure.id, status: 'partially_completed', summary: { erased: 1, kept: 2 } });
    expect(certificate.decision).toMatchObject({ decidedBy: { staffId: 'cert-dpo', roles: ['dpo'] }, proposedBy: { staffId: 'cert-agent', roles: ['agent'] } });
    const customer = await db.customer.findUniqueOrThrow({ where: { id: session.customerId } });
    expect(certificate.customerNumber).toBe(customer.customerNumber);

    const byId = new Map(certificate.calls.map((call) => [call.recordingId, call]));
    expect(byId.get(erasable)).toMatchObject({
      outcome: 'erased',
      erasure: { byThisRequest: true, cause: 'request', destroyed: { dataKeyShredded: true, storedObjectDeleted: true, transcriptSegments: 1, redactions: 1, packageCopies: 1 } },
    });
    expect(byId.get(held)).toMatchObject({ outcome: 'kept_legal_hold', kept: { reason: 'legal_hold', holds: [{ reason: 'Reklamacja 7/2026', endsAt: null }] } });
    expect(byId.get(obliged)).toMatchObject({ outcome: 'kept_legal_obligation', kept: { reason: 'legal_obligation', retentionUntil: '2031-01-01T00:00:00.000Z' } });
    // The package that held the erased call is gone with it.
    expect(await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: access.id } })).toMatchObject({ packageStorageKey: null });

    // Every position named in the certificate is the audit row it claims to be.
    const erasedEvent = byId.get(erasable)!.erasure!.auditEvent!;
    const row = async (seq: string) => db.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(seq) } });
    expect(await row(erasedEvent.seq)).toMatchObject({ type: 'recording.erased', recordingId: erasable, requestId: erasure.id, hash: erasedEvent.hash });
    expect(await row(certificate.audit.statusChange.seq)).toMatchObject({ type: 'request.status_changed', requestId: erasure.id, hash: certificate.audit.statusChange.hash });
    expect(certificate.audit.chainHead).toEqual(certificate.audit.statusChange);
    const issued = await row(view.issuance.auditEvent.seq);
    expect(issued).toMatchObject({ type: 'request.certificate_issued', requestId: erasure.id, hash: view.issuance.auditEvent.hash, seq: BigInt(certificate.audit.chainHead.seq) + 1n });
    expect(issued.details).toEqual({ certificateId: certificate.certificateId, bodySha256: certificateDigest(certificate) });
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // Nothing of the words or the line in it.
    const text = JSON.stringify(certificate);
    expect(text).not.toContain('Dzień dobry');
    expect(text).not.toContain(session.phone);

    // A retry writes nothing new: the decision conflicts, and issuing again returns the same certificate.
    await expect(decideRequest(confirmer, erasure.id, { action: 'approve' })).rejects.toMatchObject({ code: 'conflict' });
    const again = await db.$transaction((tx) =>
      issueErasureCertificate(tx, { requestId: erasure.id, status: 'partially_completed', at: new Date(), decidedBy: confirmer, erasure: { outcomes: new Map(), destroyed: new Map(), auditSeqs: new Map(), storageKeysToDelete: [] }, statusChangeSeq: 1n }),
    );
    expect(again.id).toBe(certificate.certificateId);
    expect(await db.erasureCertificate.count({ where: { requestId: erasure.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { requestId: erasure.id, type: 'request.certificate_issued' } })).toBe(1);
  });

  it('is written once when two staff approve at the same moment', async () => {
    const db = await getDb();
    const { session } = await customerWithCalls([makeWav(0.5), makeWav(0.5, 500)]);
    const erasure = await fileCustomerRequest(session, { type: 'erasure' });
    const results = await Promise.allSettled([decideRequest(dpo, erasure.id, { action: 'approve' }), decideRequest({ ...dpo, staffUserId: 'staff-dpo-2' }, erasure.id, { action: 'approve' })]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await db.erasureCertificate.count({ where: { requestId: erasure.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { requestId: erasure.id, type: 'recording.erased' } })).toBe(2);
  });

  it('is not issued for other requests, a consent withdrawal or a retention purge, and not to another customer', async () => {
    const db = await getDb();
    const { session } = await customerWithCalls([makeWav(0.5)], { retentionUntil: '2026-10-01T00:00:00Z' });
    const withdrawal = await fileCustomerRequest(session, { type: 'consent_withdrawal', purposes: ['quality'] });
    await eraseCallsOfWithdrawnConsent(withdrawal.id, noProgress);
    await purgeExpiredRecordings(undefined, new Date('2026-10-02T00:00:00Z'));
    const restriction = await fileCustomerRequest(session, { type: 'restriction' });
    await decideRequest(dpo, restriction.id, { action: 'approve' });
    expect(await db.erasureCertificate.count({ where: { requestId: { in: [withdrawal.id, restriction.id] } } })).toBe(0);
    await expect(getCustomerErasureCertificate(session.customerId, withdrawal.id)).rejects.toMatchObject({ code: 'not_found' });

    const owner = await customerWithCalls([makeWav(0.5)]);
    const erasure = await fileCustomerRequest(owner.session, { type: 'erasure' });
    await decideRequest(dpo, erasure.id, { action: 'approve' });
    await expect(getCustomerErasureCertificate(session.customerId, erasure.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await getCustomerErasureCertificate(owner.session.customerId, erasure.id)).certificate.status).toBe('completed');
  });
});
