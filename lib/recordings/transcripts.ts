import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TranscriptInput } from './schema';

/** A transcript that arrives after its call replaces any earlier one; an erased call takes none. */
export async function setTranscript(recordingId: string, segments: TranscriptInput, actorId: string): Promise<{ segments: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const recording = await tx.recording.findUnique({ where: { id: recordingId }, select: { status: true, customerId: true } });
    if (!recording) throw new AppError('not_found', `recording ${recordingId}`);
    if (recording.status === 'erased') throw new AppError('gone', `recording ${recordingId} was erased`);
    await tx.transcriptSegment.deleteMany({ where: { recordingId } });
    await tx.transcriptSegment.createMany({ data: segments.map((segment) => ({ ...segment, recordingId })) });
    await appendAuditEvent(tx, { type: 'recording.transcript_set', actorType: 'integration', actorId, customerId: recording.customerId, recordingId, details: { segments: segments.length } });
    return { segments: segments.length };
  });
}
