import 'server-only';
import type { Purpose } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import type { AuthorizedCustomerId, CustomerSession } from '@/lib/identity/sessions';
import { recordConsentEvent } from './mutations';
import { allPurposes } from './queries';

/** The purposes a customer can say yes or no to in the portal: those calls are recorded on consent for. */
export const consentablePurposes: Purpose[] = ['quality', 'training'];

async function currentLines(customerId: string) {
  const db = await getDb();
  const now = new Date();
  return db.phoneLine.findMany({
    where: { customerId, activeFrom: { lte: now }, OR: [{ activeTo: null }, { activeTo: { gt: now } }] },
    select: { phone: true, activeFrom: true },
  });
}

async function currentPhones(customerId: string): Promise<string[]> {
  return [...new Set((await currentLines(customerId)).map((line) => line.phone))];
}

/** Per purpose, whether the customer's lines may be recorded for it, and the ledger with its proof. */
export async function getCustomerConsent(customerId: AuthorizedCustomerId) {
  const db = await getDb();
  const lines = await currentLines(customerId);
  const phones = [...new Set(lines.map((line) => line.phone))];
  const states = await db.consentState.findMany({ where: { phone: { in: phones } } });
  const purposes = allPurposes.map((purpose) => ({
    purpose,
    consentable: consentablePurposes.includes(purpose),
    allowed: !states.some((state) => state.purpose === purpose && state.withdrawn),
  }));
  const history = await db.consentEvent.findMany({
    // A recycled number: only what happened on it since this customer has held it.
    where: { OR: [{ customerId }, ...lines.map((line) => ({ phone: line.phone, customerId: null, occurredAt: { gte: line.activeFrom } }))] },
    orderBy: { occurredAt: 'desc' },
    take: 100,
    select: { id: true, phone: true, purpose: true, action: true, method: true, occurredAt: true, promptVersion: true, keyPressed: true, recordingId: true },
  });
  return { phones, purposes, history };
}

/** Re-giving consent in the portal is an active step with its proof (rule 19): the portal's prompt version. */
export async function giveConsentInPortal(session: CustomerSession, purposes: Purpose[]): Promise<void> {
  const db = await getDb();
  const phones = await currentPhones(session.customerId);
  const at = new Date();
  await db.$transaction(async (tx) => {
    for (const phone of phones) {
      for (const purpose of purposes) {
        await recordConsentEvent(tx, { phone, customerId: session.customerId, purpose, action: 'given', method: 'portal', promptVersion: 'portal-consent-2026-11', occurredAt: at, actor: { type: 'customer', id: session.customerId } });
      }
    }
  });
}
