import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { StaffPrincipal } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { activeHoldWhere } from '@/lib/fulfilment/erasure';

/**
 * Legal holds (Art. 17(3)(e)): a held call is never erased or purged until the hold is lifted;
 * an erasure that met the hold records "kept: legal hold" and can be completed afterwards.
 */
export async function placeRecordingHold(staff: StaffPrincipal, recordingId: string, options: { reason: string; endsAt?: Date }) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const recording = await tx.recording.findUnique({ where: { id: recordingId }, select: { id: true, status: true, customerId: true } });
    if (!recording) throw new AppError('not_found', `recording ${recordingId}`);
    if (recording.status === 'erased') throw new AppError('gone', `recording ${recordingId} erased`);
    const existing = await tx.legalHold.findFirst({ where: { recordingId, ...activeHoldWhere(new Date()) }, select: { id: true } });
    if (existing) throw new AppError('conflict', `recording ${recordingId} already held`);
    const hold = await tx.legalHold.create({ data: { recordingId, reason: options.reason, endsAt: options.endsAt, placedById: staff.staffUserId } });
    await appendAuditEvent(tx, { type: 'recording.hold_placed', actorType: 'staff', actorId: staff.staffUserId, customerId: recording.customerId, recordingId, details: { holdId: hold.id, endsAt: options.endsAt?.toISOString() ?? null } });
    return hold;
  });
}

export async function liftRecordingHold(staff: StaffPrincipal, recordingId: string, reason: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const hold = await tx.legalHold.findFirst({ where: { recordingId, ...activeHoldWhere(new Date()) }, include: { recording: { select: { customerId: true } } } });
    if (!hold) throw new AppError('not_found', `no active hold on ${recordingId}`);
    const lifted = await tx.legalHold.update({ where: { id: hold.id }, data: { liftedAt: new Date(), liftedById: staff.staffUserId, liftReason: reason } });
    await appendAuditEvent(tx, { type: 'recording.hold_lifted', actorType: 'staff', actorId: staff.staffUserId, customerId: hold.recording?.customerId, recordingId, details: { holdId: hold.id } });
    return lifted;
  });
}
