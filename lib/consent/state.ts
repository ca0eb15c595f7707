import 'server-only';
import type { Purpose } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';

/**
 * Where the consent history of a number starts for whoever may answer its IVR at `at`.
 * Numbers are recycled: what a previous holder said is theirs, not the new holder's. So it
 * starts when the current holder's window opened, or, when nobody holds the number now, when
 * the last holder's window closed; null for a number never held (all of its events count).
 */
async function consentHistoryStart(tx: Tx, phone: string, at: Date): Promise<Date | null> {
  const current = await tx.phoneLine.findFirst({
    where: { phone, activeFrom: { lte: at }, OR: [{ activeTo: null }, { activeTo: { gt: at } }] },
    select: { activeFrom: true },
  });
  if (current) return current.activeFrom;
  const last = await tx.phoneLine.findFirst({ where: { phone, activeTo: { lte: at } }, orderBy: { activeTo: 'desc' }, select: { activeTo: true } });
  return last?.activeTo ?? null;
}

/**
 * Recomputes the IVR's answer for a number and these purposes from the consent ledger: per
 * purpose, the latest event (by when it happened) since the current holder's history began;
 * no such event means the default, consent not withdrawn. Returns the purposes whose answer
 * changed. Runs in the caller's transaction, with the ledger write or the line change that
 * makes it necessary.
 */
export async function refreshConsentStates(tx: Tx, phone: string, purposes: Purpose[], at = new Date()): Promise<Purpose[]> {
  const since = await consentHistoryStart(tx, phone, at);
  const events = await tx.consentEvent.findMany({
    where: { phone, purpose: { in: purposes }, ...(since ? { occurredAt: { gte: since } } : {}) },
    orderBy: [{ occurredAt: 'desc' }, { createdAt: 'desc' }],
    select: { purpose: true, action: true },
  });
  const before = await tx.consentState.findMany({ where: { phone, purpose: { in: purposes } }, select: { purpose: true, withdrawn: true } });
  const changed: Purpose[] = [];
  for (const purpose of purposes) {
    const withdrawn = events.find((event) => event.purpose === purpose)?.action === 'withdrawn';
    const previous = before.find((state) => state.purpose === purpose)?.withdrawn ?? false;
    if (withdrawn !== previous) changed.push(purpose);
    await tx.consentState.upsert({ where: { phone_purpose: { phone, purpose } }, create: { phone, purpose, withdrawn }, update: { withdrawn } });
  }
  return changed;
}
