import 'server-only';
import { Readable } from 'node:stream';
import { appendAuditEvent, type AuditEventInput } from '@/lib/audit/mutations';
import type { StaffPrincipal } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseByteRange } from '@/lib/http/byte-range';
import type { CustomerSession } from '@/lib/identity/sessions';
import { openDecrypted } from '@/lib/storage/vault';
import { getCustomerAudioRef } from './queries';

interface AudioRef {
  storageKey: string;
  wrappedKey: string;
  contentType: string;
  sizeBytes: bigint;
}

/**
 * Streams a call with Range support so a player can seek; only the chunks asked for are
 * decrypted. Nothing may be cached beyond this session. What a request counts as in the audit
 * log is the caller's to say (`auditedAs`): a customer's whole-file fetch is a download (a full
 * copy leaves); a browser player's range requests are nothing, because it reports the listener
 * pressing play itself.
 */
async function audioResponse(audio: AudioRef, request: Request, access: Omit<AuditEventInput, 'type'>, auditedAs: (range: { start: number; end: number } | null) => AccessEventType | null): Promise<Response> {
  const size = Number(audio.sizeBytes);
  const range = parseByteRange(request.headers.get('range'), size);
  const type = auditedAs(range);
  if (type) await recordAccess({ ...access, type, details: { ...access.details, range: range ? `${range.start}-${range.end}` : 'all' } });
  const { stream } = await openDecrypted(audio, range ?? undefined);
  const headers = new Headers({
    'content-type': audio.contentType,
    'accept-ranges': 'bytes',
    'cache-control': 'private, no-store',
    'content-length': String(range ? range.end - range.start + 1 : size),
  });
  if (range) headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: range ? 206 : 200, headers });
}

type AccessEventType = 'recording.played' | 'recording.downloaded';

async function recordAccess(access: AuditEventInput): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => appendAuditEvent(tx, access));
}

const customerPlayback = (session: CustomerSession, recordingId: string): Omit<AuditEventInput, 'type'> => ({
  actorType: 'customer',
  actorId: session.customerId,
  customerId: session.customerId,
  recordingId,
  details: { sessionId: session.sessionId },
});

/** API clients fetch the whole file (audited as a download); the portal's player fetches ranges and reports play itself. */
export async function customerAudioResponse(session: CustomerSession, recordingId: string, request: Request): Promise<Response> {
  const audio = await getCustomerAudioRef(session.customerId, recordingId);
  return audioResponse(audio, request, customerPlayback(session, recordingId), (range) => (range === null ? 'recording.downloaded' : null));
}

/** The portal player's report that the customer pressed play. */
export async function recordCustomerPlayback(session: CustomerSession, recordingId: string): Promise<void> {
  await getCustomerAudioRef(session.customerId, recordingId);
  await recordAccess({ ...customerPlayback(session, recordingId), type: 'recording.played', details: { sessionId: session.sessionId, via: 'portal_player' } });
}

export type StaffPlaybackPurposeKind = 'request_handling' | 'quality_review' | 'complaint' | 'legal_claims';

/**
 * Staff hear a call only with a stated purpose, which is audited with their role. A restricted
 * call (Art. 18) is storage only: refused unless the purpose is a legal claim (rule 17).
 */
export async function staffAudioResponse(staff: StaffPrincipal, recordingId: string, request: Request, purpose: { kind: StaffPlaybackPurposeKind; reason: string }): Promise<Response> {
  const db = await getDb();
  const audio = await db.recording.findUnique({
    where: { id: recordingId },
    select: { status: true, customerId: true, storageKey: true, wrappedKey: true, contentType: true, sizeBytes: true },
  });
  if (!audio) throw new AppError('not_found', `recording ${recordingId}`);
  if (audio.status === 'erased' || !audio.storageKey || !audio.wrappedKey) throw new AppError('gone', `recording ${recordingId} erased`);
  if (audio.status === 'restricted' && purpose.kind !== 'legal_claims') throw new AppError('forbidden', `recording ${recordingId} restricted: ${purpose.kind}`);
  return audioResponse({ ...audio, storageKey: audio.storageKey, wrappedKey: audio.wrappedKey }, request, {
    actorType: 'staff',
    actorId: staff.staffUserId,
    customerId: audio.customerId,
    recordingId,
    details: { role: staff.roles.join('+'), purpose: purpose.kind, reason: purpose.reason },
  }, (range) => (!range || range.start === 0 ? 'recording.played' : null));
}
