import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import archiver from 'archiver';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { crashPoint } from '@/lib/jobs/crash-points';
import type { JobProgress } from '@/lib/jobs/fulfilment-jobs';
import { endOpenPause } from '@/lib/requests/clock';
import type { SystemDecisionReason } from '@/lib/requests/legal-grounds';
import { deleteObject, openDecrypted, storeEncrypted } from '@/lib/storage/vault';
import { renderPackageSummary, type SummaryCall } from './package-summary';
import { silenceWavRanges } from './wav-redaction';

/**
 * Builds the customer's copy (rules 11–14) as a ZIP streamed straight into encrypted storage,
 * never whole in memory: every call's audio exactly as ingested (or with third-party ranges
 * silenced, rule 12), calls.json/.csv (also the machine-readable part for portability, Art. 20),
 * transcripts as JSON and text, consent and request history, a readable Art. 15 summary in
 * Polish and English, and manifest.json with a SHA-256 of every file. Safe to run again after
 * a crash: only a finished package is ever attached to the request.
 */

const extension: Record<string, string> = { 'audio/wav': 'wav', 'audio/mpeg': 'mp3', 'audio/ogg': 'ogg' };
const csvCell = (value: unknown) => `"${String(value ?? '').replaceAll('"', '""')}"`;

async function* hashing(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>) {
  for await (const piece of source) {
    hash.update(piece);
    yield piece;
  }
}

export async function buildAccessPackage(requestId: string, progress: JobProgress): Promise<void> {
  const db = await getDb();
  const request = await db.dataSubjectRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, type: true, status: true, customerId: true, packageStorageKey: true, customer: { select: { fullName: true, customerNumber: true } } },
  });
  if (request.type !== 'access' || request.packageStorageKey || request.status !== 'in_progress') return;

  const items = await db.requestRecording.findMany({
    where: { requestId, outcome: { in: ['included', 'partially_redacted', 'pending'] } },
    select: {
      recording: {
        select: {
          id: true, externalId: true, phone: true, startedAt: true, durationSeconds: true, direction: true, agentName: true, purposes: true, withdrawnPurposes: true, legalBasis: true,
          consentMethod: true, consentGivenAt: true, retentionUntil: true, status: true, storageKey: true, wrappedKey: true, contentType: true, sha256: true,
          segments: { orderBy: { startMs: 'asc' }, select: { startMs: true, endMs: true, speaker: true, text: true } },
          redactions: { select: { startMs: true, endMs: true, reason: true } },
          recipients: { select: { purpose: true, sharedAt: true, recipient: { select: { name: true, role: true } } } },
        },
      },
    },
  });
  const calls = items.map((item) => item.recording).filter((call) => call.status !== 'erased' && call.storageKey && call.wrappedKey);
  await progress.setTotal(calls.length);

  const storageKey = `packages/${requestId}/${randomUUID()}.zip`;
  const archive = archiver('zip', { zlib: { level: 6 } });
  const stored = storeEncrypted(storageKey, archive);
  const manifest: { file: string; sha256: string }[] = [];
  const addText = async (name: string, content: string) => {
    manifest.push({ file: name, sha256: createHash('sha256').update(content).digest('hex') });
    archive.append(content, { name });
    await once(archive, 'entry');
  };

  try {
    const summaryCalls: SummaryCall[] = [];
    for (const call of calls) {
      const fileName = `calls/${call.startedAt.toISOString().slice(0, 19).replace(/[:T]/g, '-')}_${call.id}.${extension[call.contentType] ?? 'bin'}`;
      const { stream } = await openDecrypted({ storageKey: call.storageKey!, wrappedKey: call.wrappedKey! });
      const audio = call.redactions.length && call.contentType === 'audio/wav' ? silenceWavRanges(stream, call.redactions) : stream;
      const hash = createHash('sha256');
      // Audio is already compressed or compresses poorly: stored, not deflated, for speed.
      archive.append(Readable.from(hashing(audio, hash)), { name: fileName, store: true });
      await once(archive, 'entry');
      manifest.push({ file: fileName, sha256: hash.digest('hex') });
      if (call.segments.length) {
        await addText(`transcripts/${call.id}.json`, JSON.stringify(call.segments, null, 2));
        await addText(`transcripts/${call.id}.txt`, call.segments.map((s) => `[${(s.startMs / 1000).toFixed(1)} s] ${s.speaker}: ${s.text}`).join('\n'));
      }
      await crashPoint('access-package.call-added');
      summaryCalls.push({ id: call.id, fileName, startedAt: call.startedAt, durationSeconds: call.durationSeconds, purposes: call.purposes, legalBasis: call.legalBasis, retentionUntil: call.retentionUntil, recipients: call.recipients.map((r) => r.recipient.name), redacted: call.redactions.length > 0 });
      await progress.advance();
    }

    const metadata = calls.map(({ storageKey: _s, wrappedKey: _w, segments: _t, ...call }, index) => ({ ...call, file: summaryCalls[index]!.fileName, recipients: call.recipients.map((r) => ({ name: r.recipient.name, role: r.recipient.role, purpose: r.purpose, since: r.sharedAt })) }));
    await addText('calls.json', JSON.stringify(metadata, null, 2));
    const columns = ['id', 'file', 'startedAt', 'durationSeconds', 'direction', 'agentName', 'phone', 'purposes', 'legalBasis', 'consentMethod', 'consentGivenAt', 'retentionUntil', 'recipients'] as const;
    await addText(
      'calls.csv',
      [columns.join(','), ...metadata.map((m) => columns.map((c) => csvCell(c === 'purposes' ? m.purposes.join(';') : c === 'recipients' ? m.recipients.map((r) => r.name).join(';') : c === 'startedAt' || c === 'consentGivenAt' || c === 'retentionUntil' ? (m[c] as Date | null)?.toISOString() : m[c])).join(','))].join('\r\n'),
    );
    const consents = await db.consentEvent.findMany({ where: { customerId: request.customerId }, orderBy: { occurredAt: 'asc' }, select: { phone: true, purpose: true, action: true, method: true, promptVersion: true, keyPressed: true, occurredAt: true, recordingId: true } });
    await addText('consent-history.json', JSON.stringify(consents, null, 2));
    const requests = await db.dataSubjectRequest.findMany({ where: { customerId: request.customerId }, orderBy: { receivedAt: 'asc' }, select: { id: true, type: true, status: true, receivedAt: true, dueAt: true, closedAt: true, decisionReason: true, legalGround: true } });
    await addText('requests.json', JSON.stringify(requests, null, 2));
    const summary = { customerName: request.customer.fullName, customerNumber: request.customer.customerNumber, generatedAt: new Date(), calls: summaryCalls };
    await addText('summary-pl.html', renderPackageSummary('pl', summary));
    await addText('summary-en.html', renderPackageSummary('en', summary));
    archive.append(JSON.stringify({ generatedAt: summary.generatedAt, algorithm: 'SHA-256', files: manifest }, null, 2), { name: 'manifest.json' });
    await archive.finalize();
  } catch (error) {
    // Ends the stream the store is reading, so the partial object is deleted before we rethrow.
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
    await stored.catch(() => undefined);
    throw error;
  }
  const result = await stored;
  await crashPoint('access-package.stored');

  const expiresAt = new Date(Date.now() + getConfig().packageExpiryDays * 86_400_000);
  const redacted = calls.some((call) => call.redactions.length > 0);
  const attached = await db.$transaction(async (tx) => {
    const closedAt = new Date();
    // Only one build may attach its package: a second run that raced this one loses here.
    const { count } = await tx.dataSubjectRequest.updateMany({
      where: { id: requestId, packageStorageKey: null },
      data: {
        packageStorageKey: storageKey,
        packageWrappedKey: result.wrappedKey,
        packageSizeBytes: BigInt(result.plaintextSize),
        packageExpiresAt: expiresAt,
        status: redacted ? 'partially_completed' : 'completed',
        decisionReason: redacted ? ('third_party_data_silenced' satisfies SystemDecisionReason) : undefined,
        closedAt,
      },
    });
    if (count === 0) return false;
    await endOpenPause(tx, { requestId, customerId: request.customerId, at: closedAt, actorType: 'system', because: 'request_closed' });
    await tx.requestEvent.create({ data: { requestId, kind: 'package_ready', actorType: 'system' } });
    for (const call of calls) {
      await tx.requestRecording.update({ where: { requestId_recordingId: { requestId, recordingId: call.id } }, data: { outcome: call.redactions.length ? 'partially_redacted' : 'included', outcomeReason: call.redactions.length ? 'art_15_4_rights_of_others' : null, decidedAt: new Date() } });
      await appendAuditEvent(tx, { type: 'recording.exported', actorType: 'system', customerId: request.customerId, recordingId: call.id, requestId, details: { redactions: call.redactions.length } });
    }
    await appendAuditEvent(tx, { type: 'package.built', actorType: 'system', customerId: request.customerId, requestId, details: { files: manifest.length + 1, sizeBytes: result.plaintextSize, expiresAt: expiresAt.toISOString() } });
    await crashPoint('access-package.committing');
    return true;
  });
  if (!attached) await deleteObject(storageKey);
}
