import 'server-only';
import type { Prisma, Purpose } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { logger } from '@/lib/logger';
import { openDecrypted } from '@/lib/storage/vault';
import { computeWavPeaks } from './waveform';

/**
 * What a customer may see of their calls: only rows whose owner is this customer (matched by
 * the line's ownership window or by the agent's identification), never anyone else's, and
 * never a quarantined call, which is an incident for staff to resolve first.
 */
function visibleTo(customerId: AuthorizedCustomerId): Prisma.RecordingWhereInput {
  return { customerId, status: { not: 'quarantined' } };
}

export interface RecordingListOptions {
  limit: number;
  cursor?: string;
  from?: Date;
  to?: Date;
  purpose?: Purpose;
}

export function encodeCursor(row: { startedAt: Date; id: string }): string {
  return Buffer.from(`${row.startedAt.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { startedAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startedAt = new Date(iso ?? '');
  if (!id || Number.isNaN(startedAt.getTime())) {
    throw new AppError('validation_failed', 'unreadable cursor', { fieldErrors: [{ field: 'cursor', message: 'is not a cursor this API gave out' }] });
  }
  return { startedAt, id };
}

const listFields = {
  id: true,
  startedAt: true,
  durationSeconds: true,
  direction: true,
  agentName: true,
  purposes: true,
  legalBasis: true,
  retentionUntil: true,
  status: true,
  erasedAt: true,
  erasedByRequestId: true,
  holds: { where: { liftedAt: null }, select: { id: true } },
} satisfies Prisma.RecordingSelect;

/**
 * Ids of a customer's calls made for a purpose. Raw SQL because the embedded database's
 * Prisma driver mis-encodes `has` on enum lists ("malformed array literal"); PostgreSQL and
 * PGlite both run this.
 */
async function customerCallsForPurpose(customerId: AuthorizedCustomerId, purpose: Purpose): Promise<string[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM recordings WHERE "customerId" = ${customerId} AND ${purpose}::"Purpose" = ANY(purposes)`;
  return rows.map((row) => row.id);
}

/** Newest first, keyset-paginated on (startedAt, id) so deep pages stay fast with thousands of calls. */
export async function listCustomerRecordings(customerId: AuthorizedCustomerId, options: RecordingListOptions) {
  const db = await getDb();
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const rows = await db.recording.findMany({
    where: {
      AND: [
        visibleTo(customerId),
        options.from ? { startedAt: { gte: options.from } } : {},
        options.to ? { startedAt: { lt: options.to } } : {},
        options.purpose ? { id: { in: await customerCallsForPurpose(customerId, options.purpose) } } : {},
        after ? { OR: [{ startedAt: { lt: after.startedAt } }, { startedAt: after.startedAt, id: { lt: after.id } }] } : {},
      ],
    },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: options.limit + 1,
    select: listFields,
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > options.limit && last ? encodeCursor(last) : null };
}

export type CustomerRecordingSummary = Awaited<ReturnType<typeof listCustomerRecordings>>['items'][number];

/** One call with its transcript, consent history, holds and recipients; 404 when not the customer's. */
export async function getCustomerRecording(customerId: AuthorizedCustomerId, recordingId: string) {
  const db = await getDb();
  const recording = await db.recording.findFirst({
    where: { id: recordingId, ...visibleTo(customerId) },
    select: {
      ...listFields,
      phone: true,
      consentMethod: true,
      consentGivenAt: true,
      withdrawnPurposes: true,
      segments: { orderBy: { startMs: 'asc' }, select: { startMs: true, endMs: true, speaker: true, text: true } },
      consentEvents: { orderBy: { occurredAt: 'asc' }, select: { purpose: true, action: true, method: true, occurredAt: true, promptVersion: true, keyPressed: true } },
      recipients: { select: { purpose: true, sharedAt: true, recipient: { select: { name: true, role: true } } } },
    },
  });
  if (!recording) throw new AppError('not_found', `recording ${recordingId} not visible to customer`);
  return recording;
}

export type CustomerRecordingDetail = Awaited<ReturnType<typeof getCustomerRecording>>;

/** The stored object of a customer's call, for playback; 404 when not theirs, 410 when erased. */
export async function getCustomerAudioRef(customerId: AuthorizedCustomerId, recordingId: string) {
  const db = await getDb();
  const recording = await db.recording.findFirst({
    where: { id: recordingId, ...visibleTo(customerId) },
    select: { id: true, status: true, storageKey: true, wrappedKey: true, contentType: true, sizeBytes: true },
  });
  if (!recording) throw new AppError('not_found', `recording ${recordingId} not visible to customer`);
  if (recording.status === 'erased' || !recording.storageKey || !recording.wrappedKey) throw new AppError('gone', `recording ${recordingId} erased`);
  return { ...recording, storageKey: recording.storageKey, wrappedKey: recording.wrappedKey };
}

/** Who heard, downloaded or exported this call, from the audit log (the customer sees roles, not names). */
export async function listRecordingAccess(customerId: AuthorizedCustomerId, recordingId: string) {
  const db = await getDb();
  const visible = await db.recording.findFirst({ where: { id: recordingId, ...visibleTo(customerId) }, select: { id: true } });
  if (!visible) throw new AppError('not_found', `recording ${recordingId} not visible to customer`);
  const events = await db.auditEvent.findMany({
    where: { recordingId, type: { in: ['recording.played', 'recording.downloaded', 'recording.exported'] } },
    orderBy: { seq: 'desc' },
    take: 200,
    select: { at: true, type: true, actorType: true, details: true },
  });
  return events.map((event) => {
    const details = (event.details ?? {}) as { role?: string; purpose?: string };
    return { at: event.at, type: event.type, actor: event.actorType === 'customer' ? 'you' : details.role ?? event.actorType, purpose: details.purpose ?? null };
  });
}

/** Above this, decrypting the whole call for its waveform would hold the page up; the player then draws a flat line. */
const maxBytesForPeaks = 40 * 1024 * 1024;

/**
 * Waveform peaks of a customer's call for the player, read from the decrypted audio. Empty for
 * erased calls, formats without PCM and very long calls; a failure only flattens the waveform.
 */
export async function getCustomerRecordingPeaks(customerId: AuthorizedCustomerId, recordingId: string): Promise<number[]> {
  try {
    const audio = await getCustomerAudioRef(customerId, recordingId);
    if (audio.contentType !== 'audio/wav' || Number(audio.sizeBytes) > maxBytesForPeaks) return [];
    const { stream } = await openDecrypted(audio);
    return await computeWavPeaks(stream);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'gone')) logger.warn({ err: error, recordingId }, 'waveform peaks not computed');
    return [];
  }
}
