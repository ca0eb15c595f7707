import 'server-only';
import type { Purpose } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { recordConsentEvent } from './mutations';

/**
 * Rule 20: a withdrawal takes effect at once for the IVR (every line the customer holds now)
 * and for the calls already recorded on consent: a call kept for that purpose alone is queued
 * for erasure; a call that also serves another consented purpose is kept for that one only.
 * Calls on another legal basis are untouched (a call never switches basis after the fact).
 * Returns the calls concerned with what happens to each.
 */
export async function applyConsentWithdrawal(tx: Tx, options: { customerId: string; purposes: Purpose[]; requestId: string; at: Date }) {
  const lines = await tx.phoneLine.findMany({
    where: { customerId: options.customerId, activeFrom: { lte: options.at }, OR: [{ activeTo: null }, { activeTo: { gt: options.at } }] },
    select: { phone: true },
  });
  for (const { phone } of lines) {
    for (const purpose of options.purposes) {
      await recordConsentEvent(tx, { phone, customerId: options.customerId, purpose, action: 'withdrawn', method: 'portal', occurredAt: options.at, requestId: options.requestId, actor: { type: 'customer', id: options.customerId } });
    }
  }
  // Filtered here rather than with an array operator, which the embedded database's driver mis-encodes for enum lists.
  const calls = (
    await tx.recording.findMany({
      where: { customerId: options.customerId, legalBasis: 'consent', status: { in: ['available', 'restricted'] } },
      select: { id: true, purposes: true, withdrawnPurposes: true },
    })
  ).filter((call) => call.purposes.some((purpose) => options.purposes.includes(purpose)));
  const outcomes: { recordingId: string; outcome: 'pending' | 'processing_stopped' }[] = [];
  for (const call of calls) {
    const withdrawn = [...new Set([...call.withdrawnPurposes, ...options.purposes.filter((p) => call.purposes.includes(p))])];
    await tx.recording.update({ where: { id: call.id }, data: { withdrawnPurposes: withdrawn } });
    const nothingLeft = call.purposes.every((purpose) => withdrawn.includes(purpose));
    outcomes.push({ recordingId: call.id, outcome: nothingLeft ? 'pending' : 'processing_stopped' });
  }
  return outcomes;
}
