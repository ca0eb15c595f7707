import { describe, expect, it } from 'vitest';
import type { Purpose } from '@/generated/prisma/client';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { recordConsentEvent } from './mutations';
import { checkConsent } from './queries';

withTestDatabase();

const phone = '+48601999001';
const handover = new Date('2026-06-01T00:00:00Z');

async function consentEvent(customerId: string | null, purpose: Purpose, action: 'given' | 'withdrawn', occurredAt: Date) {
  const db = await getDb();
  await db.$transaction((tx) => recordConsentEvent(tx, { phone, customerId, purpose, action, method: 'ivr', occurredAt, actor: { type: 'integration', id: 'ivr' } }));
}

async function ivrAnswer() {
  return (await checkConsent(await getDb(), phone)).purposes;
}

describe('a recycled number and the IVR consent check', () => {
  it('gives the new holder a clean answer, then only their own consent counts', async () => {
    const anna = await upsertCustomerFromCrm('C-ANNA', { fullName: 'Anna Poprzednia', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z') }] }, 'crm');
    await consentEvent(anna.id, 'quality', 'withdrawn', new Date('2026-05-01T09:00:00Z'));
    await consentEvent(anna.id, 'training', 'withdrawn', new Date('2026-05-01T09:00:00Z'));
    expect(await ivrAnswer()).toMatchObject({ quality: false, training: false });

    // The CRM ends Anna's window and, later, gives the number to Bartek.
    await upsertCustomerFromCrm('C-ANNA', { fullName: 'Anna Poprzednia', lines: [{ phone, activeFrom: new Date('2020-01-01T00:00:00Z'), activeTo: handover }] }, 'crm');
    // Before the CRM hands it over, the new holder already pressed "no" for training in the IVR (no customer known yet).
    await consentEvent(null, 'training', 'withdrawn', new Date('2026-07-01T09:00:00Z'));
    const bartek = await upsertCustomerFromCrm('C-BARTEK', { fullName: 'Bartek Nowy', lines: [{ phone, activeFrom: handover }] }, 'crm');

    expect(await ivrAnswer()).toMatchObject({ quality: true, training: false, contract: true, legal_evidence: true, security: true });
    const db = await getDb();
    const resets = await db.auditEvent.findMany({ where: { type: 'consent.state_reset', customerId: bartek.id } });
    expect(resets).toHaveLength(1);
    expect(resets[0]).toMatchObject({ actorType: 'integration', actorId: 'crm', details: { windowFrom: handover.toISOString(), changedPurposes: ['quality'], withdrawnPurposes: ['training'] } });
    expect(JSON.stringify(resets[0]!.details)).not.toContain(phone);

    // A late event from Anna's time (an old call's proof arriving now) does not speak for Bartek.
    await consentEvent(anna.id, 'quality', 'withdrawn', new Date('2026-05-20T09:00:00Z'));
    expect((await ivrAnswer()).quality).toBe(true);
    // Bartek's own withdrawal does.
    await consentEvent(bartek.id, 'quality', 'withdrawn', new Date());
    expect((await ivrAnswer()).quality).toBe(false);

    // The CRM sending Bartek's unchanged lines again opens no window and resets nothing.
    await upsertCustomerFromCrm('C-BARTEK', { fullName: 'Bartek Nowy', lines: [{ phone, activeFrom: handover }] }, 'crm');
    expect((await ivrAnswer()).quality).toBe(false);
    expect(await db.auditEvent.count({ where: { type: 'consent.state_reset', customerId: bartek.id } })).toBe(1);
  });
});
