import { describe, expect, it } from 'vitest';
import type { StaffPrincipal } from '@/lib/auth';
import { recordConsentEvent } from '@/lib/consent/mutations';
import { getDb } from '@/lib/db';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { customerWithCalls } from '@/test/calls';
import { withTestDatabase } from '@/test/database';
import { listCustomerRecordings } from './queries';
import { eraseQuarantinedRecording, listQuarantinedRecordings, releaseQuarantinedRecording } from './quarantine';

withTestDatabase();

const dpo: StaffPrincipal = { sessionId: 's', staffUserId: 'staff-dpo', name: 'DPO', email: 'dpo@test', roles: ['dpo'] };

/** A customer who withdrew consent for quality, and then a call recorded for quality alone arrived anyway. */
async function quarantinedCall() {
  const { customerId, ids } = await customerWithCalls([{ legalBasis: 'legitimate_interest' }], {
    beforeCalls: async ({ customerId: id, phone }) => {
      const db = await getDb();
      await db.$transaction((tx) =>
        recordConsentEvent(tx, { phone, customerId: id, purpose: 'quality', action: 'withdrawn', method: 'portal', occurredAt: new Date('2026-08-01T00:00:00Z'), actor: { type: 'customer', id } }),
      );
    },
  });
  return { customerId: customerId as AuthorizedCustomerId, recordingId: ids[0]! };
}

async function resolutions(recordingId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({ where: { recordingId, type: 'recording.quarantine_resolved' }, orderBy: { seq: 'asc' } });
}

describe('resolving quarantined calls', () => {
  it('releases a call with a reason: the customer sees it and the audit log says why', async () => {
    const { customerId, recordingId } = await quarantinedCall();
    expect((await listQuarantinedRecordings()).map((call) => call.id)).toContain(recordingId);
    expect((await listCustomerRecordings(customerId, { limit: 10 })).items).toHaveLength(0);

    await releaseQuarantinedRecording(dpo, recordingId, 'Klient potwierdził zgodę telefonicznie.');

    expect((await listCustomerRecordings(customerId, { limit: 10 })).items.map((call) => call.id)).toEqual([recordingId]);
    expect((await listQuarantinedRecordings()).map((call) => call.id)).not.toContain(recordingId);
    const db = await getDb();
    expect(await db.recording.findUniqueOrThrow({ where: { id: recordingId } })).toMatchObject({ status: 'available', quarantineResolvedById: dpo.staffUserId });
    expect((await resolutions(recordingId)).map((event) => event.details)).toEqual([{ resolution: 'released', reason: 'Klient potwierdził zgodę telefonicznie.' }]);
    // Resolved once: a second resolution is a conflict, not a second audit event.
    await expect(eraseQuarantinedRecording(dpo, recordingId)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('erases a call through the erasure, with both audit events', async () => {
    const { recordingId } = await quarantinedCall();
    await expect(eraseQuarantinedRecording(dpo, recordingId)).resolves.toBe('erased');
    const db = await getDb();
    expect(await db.recording.findUniqueOrThrow({ where: { id: recordingId }, omit: { wrappedKey: false } })).toMatchObject({ status: 'erased', wrappedKey: null, erasureCause: 'consent_withdrawal' });
    expect(await db.auditEvent.count({ where: { recordingId, type: 'recording.erased' } })).toBe(1);
    expect((await resolutions(recordingId)).map((event) => event.details)).toEqual([{ resolution: 'erased' }]);
    await expect(releaseQuarantinedRecording(dpo, recordingId, 'Za późno.')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('leaves a held call in quarantine and says why', async () => {
    const { recordingId } = await quarantinedCall();
    const db = await getDb();
    await db.legalHold.create({ data: { recordingId, reason: 'Skarga', placedById: dpo.staffUserId } });
    await expect(eraseQuarantinedRecording(dpo, recordingId)).resolves.toBe('kept_legal_hold');
    expect((await db.recording.findUniqueOrThrow({ where: { id: recordingId } })).status).toBe('quarantined');
    expect(await resolutions(recordingId)).toEqual([]);
  });
});
