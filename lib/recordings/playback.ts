import 'server-only';
import { Readable } from 'node:stream';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { parseByteRange } from '@/lib/http/byte-range';
import type { CustomerSession } from '@/lib/identity/sessions';
import { openDecrypted } from '@/lib/storage/vault';
import { getCustomerAudioRef } from './queries';

/**
 * Streams a customer's call with Range support so a player can seek; decrypts only the
 * chunks asked for. A playback starts with a request from byte 0 (or without a range): that
 * one is audited, the player's follow-up range requests for the same listening are not.
 * Nothing may be cached beyond this session.
 */
export async function customerAudioResponse(session: CustomerSession, recordingId: string, request: Request): Promise<Response> {
  const audio = await getCustomerAudioRef(session.customerId, recordingId);
  const size = Number(audio.sizeBytes);
  const range = parseByteRange(request.headers.get('range'), size);
  if (!range || range.start === 0) {
    const db = await getDb();
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        type: 'recording.played',
        actorType: 'customer',
        actorId: session.customerId,
        customerId: session.customerId,
        recordingId,
        details: { range: range ? `${range.start}-${range.end}` : 'all', sessionId: session.sessionId },
      }),
    );
  }
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
