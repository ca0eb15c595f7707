import 'server-only';
import { randomUUID } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { recordConsentEvent } from '@/lib/consent/mutations';
import { withdrawnPurposesFor } from '@/lib/consent/queries';
import { findLineOwnerAt } from '@/lib/customers/queries';
import { getDb, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { computeRetentionUntil } from '@/lib/retention/policies';
import { TooLargeError } from '@/lib/storage/errors';
import { deleteObject, storeEncrypted } from '@/lib/storage/vault';
import { AudioFormatError, audioSniffBytes, declaredTypeMatches, inspectAudio, type AudioInspection } from './audio-format';
import type { RecordingMetadata } from './schema';

export interface IngestRecordingOptions {
  /** A promise when the metadata part of a multipart upload may arrive after the audio. */
  metadata: RecordingMetadata | Promise<RecordingMetadata>;
  audio: AsyncIterable<Uint8Array>;
  /** The Content-Type the sender gave the audio part, if any. */
  declaredType?: string;
  maxBytes: number;
  actorId?: string;
}

export interface IngestResult {
  id: string;
  externalId: string;
  status: 'available' | 'quarantined' | 'restricted' | 'erased';
  /** False when this externalId with this audio was already stored (a safe retry). */
  created: boolean;
}

/** Keeps the first bytes for format detection and counts the rest, without holding the stream. */
function sniffing(audio: AsyncIterable<Uint8Array>) {
  const state = { head: Buffer.alloc(0), total: 0 };
  async function* pass(): AsyncGenerator<Uint8Array> {
    for await (const piece of audio) {
      if (state.head.length < audioSniffBytes) {
        state.head = Buffer.concat([state.head, Buffer.from(piece.subarray(0, audioSniffBytes - state.head.length))]);
      }
      state.total += piece.byteLength;
      yield piece;
    }
  }
  return { state, stream: pass() };
}

function checkAudio(head: Buffer, total: number, declaredType: string | undefined): AudioInspection {
  let inspection: AudioInspection;
  try {
    inspection = inspectAudio(head, total);
  } catch (error) {
    if (!(error instanceof AudioFormatError)) throw error;
    if (error.reason === 'unrecognised') {
      throw new AppError('unsupported_media_type', error.message, { fieldErrors: [{ field: 'audio', message: 'must be WAV, MP3 or Ogg/Opus audio' }] });
    }
    throw new AppError('validation_failed', error.message, { fieldErrors: [{ field: 'audio', message: `is ${error.reason}: ${error.message}` }] });
  }
  if (!declaredTypeMatches(declaredType, inspection.contentType)) {
    throw new AppError('unsupported_media_type', `declared ${declaredType}, bytes are ${inspection.contentType}`, {
      fieldErrors: [{ field: 'audio', message: `is ${inspection.contentType} but was sent as ${declaredType}` }],
    });
  }
  return inspection;
}

/**
 * Stores a call from telephony: the audio streams straight into encrypted storage, is checked
 * to be what it claims, and only then does one transaction write the recording, its
 * transcript, its consent proof and the audit event. Any failure removes the stored object,
 * so nothing half-written remains. Retrying the same externalId with the same audio is safe.
 */
export async function ingestRecording(options: IngestRecordingOptions): Promise<IngestResult> {
  const storageKey = `recordings/${randomUUID()}`;
  const sniffed = sniffing(options.audio);
  let keepObject = false;
  try {
    const stored = await storeEncrypted(storageKey, sniffed.stream, { maxBytes: options.maxBytes }).catch((error: unknown) => {
      if (error instanceof TooLargeError) throw new AppError('payload_too_large', error.message);
      throw error;
    });
    if (stored.plaintextSize === 0) {
      throw new AppError('validation_failed', 'empty audio', { fieldErrors: [{ field: 'audio', message: 'is empty' }] });
    }
    const inspection = checkAudio(sniffed.state.head, sniffed.state.total, options.declaredType);
    const metadata = await options.metadata;
    const db = await getDb();
    try {
      const result = await db.$transaction((tx) => writeRecording(tx, { ...options, metadata, storageKey, stored, inspection }));
      keepObject = result.created;
      return result;
    } catch (error) {
      // A concurrent retry of the same call won the race to the unique externalId.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        return compareWithExisting(await db.recording.findUniqueOrThrow({ where: { externalId: metadata.externalId } }), stored.sha256);
      }
      throw error;
    }
  } finally {
    if (!keepObject) await deleteObject(storageKey);
  }
}

function compareWithExisting(existing: { id: string; externalId: string; status: IngestResult['status']; sha256: string }, sha256: string): IngestResult {
  if (existing.sha256 !== sha256) {
    throw new AppError('conflict', `externalId ${existing.externalId} already holds other audio`, {
      fieldErrors: [{ field: 'metadata.externalId', message: 'already exists with different audio' }],
    });
  }
  return { id: existing.id, externalId: existing.externalId, status: existing.status, created: false };
}

async function writeRecording(
  tx: Tx,
  input: IngestRecordingOptions & { metadata: RecordingMetadata; storageKey: string; stored: { wrappedKey: string; plaintextSize: number; sha256: string }; inspection: AudioInspection },
): Promise<IngestResult> {
  const { metadata, stored, inspection } = input;
  const existing = await tx.recording.findUnique({ where: { externalId: metadata.externalId } });
  if (existing) return compareWithExisting(existing, stored.sha256);

  const identified = metadata.customerNumber
    ? await tx.customer.findUnique({ where: { customerNumber: metadata.customerNumber }, select: { id: true } })
    : null;
  const lineOwner = identified ? null : await findLineOwnerAt(tx, metadata.phone, metadata.startedAt);
  const customerId = identified?.id ?? lineOwner;
  const ownerMatchedBy = identified ? 'customer_number' : lineOwner ? 'line_owner' : 'unmatched';
  const retentionUntil = metadata.retentionUntil ?? (await computeRetentionUntil(tx, metadata.purposes, metadata.startedAt));

  // Consent proven by a key press in this very call re-gives it; otherwise a call made for
  // purposes all withdrawn should not exist and goes to staff as an incident.
  const withdrawn = await withdrawnPurposesFor(tx, metadata.phone);
  const quarantined = !metadata.consent && metadata.purposes.every((purpose) => withdrawn.has(purpose));

  const recording = await tx.recording.create({
    data: {
      externalId: metadata.externalId,
      phone: metadata.phone,
      customerId,
      ownerMatchedBy,
      startedAt: metadata.startedAt,
      durationSeconds: inspection.durationSeconds !== undefined ? Math.round(inspection.durationSeconds) : metadata.durationSeconds,
      direction: metadata.direction,
      agentName: metadata.agentName,
      purposes: metadata.purposes,
      legalBasis: metadata.legalBasis,
      consentMethod: metadata.consent?.method,
      consentGivenAt: metadata.consent?.givenAt,
      retentionUntil,
      status: quarantined ? 'quarantined' : 'available',
      quarantineReason: quarantined ? 'consent_withdrawn_for_all_purposes' : null,
      storageKey: input.storageKey,
      wrappedKey: stored.wrappedKey,
      sizeBytes: BigInt(stored.plaintextSize),
      contentType: inspection.contentType,
      sha256: stored.sha256,
      segments: metadata.transcript ? { createMany: { data: metadata.transcript } } : undefined,
    },
    select: { id: true, externalId: true, status: true },
  });

  if (metadata.consent) {
    for (const purpose of metadata.purposes) {
      await recordConsentEvent(tx, {
        phone: metadata.phone,
        customerId,
        purpose,
        action: 'given',
        method: metadata.consent.method,
        occurredAt: metadata.consent.givenAt,
        promptVersion: metadata.consent.promptVersion,
        keyPressed: metadata.consent.keyPressed,
        recordingId: recording.id,
        actor: { type: 'integration', id: input.actorId },
      });
    }
  }
  await appendAuditEvent(tx, {
    type: quarantined ? 'recording.quarantined' : 'recording.ingested',
    actorType: 'integration',
    actorId: input.actorId,
    customerId,
    recordingId: recording.id,
    details: {
      externalId: metadata.externalId,
      sizeBytes: stored.plaintextSize,
      contentType: inspection.contentType,
      ownerMatchedBy,
    },
  });
  return { ...recording, created: true };
}
