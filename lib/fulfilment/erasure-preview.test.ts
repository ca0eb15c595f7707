import { describe, expect, it } from 'vitest';
import type { StaffPrincipal } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { decideRequest } from '@/lib/requests/decisions';
import { fileRequest } from '@/lib/requests/mutations';
import { customerWithCalls } from '@/test/calls';
import { withTestDatabase } from '@/test/database';
import { eraseRecordings } from './erasure';
import { previewErasure } from './erasure-preview';

withTestDatabase();

const dpo: StaffPrincipal = { sessionId: 's', staffUserId: 'staff-dpo', name: 'DPO', email: 'dpo@test', roles: ['dpo'] };

async function fileErasure(customerId: string) {
  const db = await getDb();
  return db.$transaction((tx) => fileRequest(tx, { customerId, type: 'erasure' }));
}

/** Approves the erasure and counts what it really did, in the preview's terms. */
async function approveAndCount(requestId: string) {
  await decideRequest(dpo, requestId, { action: 'approve' });
  const db = await getDb();
  const items = await db.requestRecording.findMany({ where: { requestId }, select: { outcome: true } });
  const erasedNow = await db.auditEvent.count({ where: { requestId, type: 'recording.erased' } });
  return { erasable: erasedNow, kept: items.filter((item) => item.outcome.startsWith('kept_')).length };
}

describe('erasure preview', () => {
  it('agrees with the erasure for a mix of held, obligation, already erased and free calls', async () => {
    const { customerId, ids } = await customerWithCalls([
      { legalBasis: 'consent' }, // free
      { legalBasis: 'legitimate_interest' }, // held on the call itself
      { legalBasis: 'legal_obligation', retentionUntil: '2031-01-01T00:00:00Z' }, // obligation still running
      { legalBasis: 'legal_obligation', retentionUntil: '2026-10-01T00:00:00Z' }, // obligation over: free
      { legalBasis: 'consent' }, // erased before the request
      { legalBasis: 'contract' }, // hold that has ended: free
    ]);
    const db = await getDb();
    await db.legalHold.create({ data: { recordingId: ids[1], reason: 'Skarga 12/2026', placedById: dpo.staffUserId } });
    await db.legalHold.create({ data: { recordingId: ids[5], reason: 'Stara sprawa', placedById: dpo.staffUserId, endsAt: new Date('2026-10-01T00:00:00Z') } });
    await db.$transaction((tx) => eraseRecordings(tx, [ids[4]!], { cause: 'retention' }));
    const qa = await db.recipient.create({ data: { name: 'Dostawca QA', role: 'processor' } });
    const archive = await db.recipient.create({ data: { name: 'Archiwum', role: 'processor' } });
    await db.recordingRecipient.createMany({
      data: [
        { recordingId: ids[0]!, recipientId: qa.id, sharedAt: new Date(), purpose: 'quality' },
        { recordingId: ids[1]!, recipientId: archive.id, sharedAt: new Date(), purpose: 'quality' },
      ],
    });
    const request = await fileErasure(customerId);

    const preview = await previewErasure(request.id);
    expect(preview).toEqual({ erasable: 3, kept: 2, recipients: ['Dostawca QA'] });
    expect(await approveAndCount(request.id)).toEqual({ erasable: preview.erasable, kept: preview.kept });
  });

  it('counts a hold on all of the customer’s calls, as the erasure does', async () => {
    const { customerId } = await customerWithCalls([{ legalBasis: 'consent' }, { legalBasis: 'contract' }]);
    const db = await getDb();
    await db.legalHold.create({ data: { customerId, reason: 'Spór sądowy', placedById: dpo.staffUserId } });
    const request = await fileErasure(customerId);

    const preview = await previewErasure(request.id);
    expect(preview).toEqual({ erasable: 0, kept: 2, recipients: [] });
    expect(await approveAndCount(request.id)).toEqual({ erasable: 0, kept: 2 });
  });
});
