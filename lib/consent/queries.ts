import 'server-only';
import type { Purpose } from '@/generated/prisma/client';
import type { Db, Tx } from '@/lib/db';

export const allPurposes: Purpose[] = ['quality', 'training', 'contract', 'legal_evidence', 'security'];

/** The purposes for which this phone's owner has withdrawn consent; one indexed read. */
export async function withdrawnPurposesFor(db: Db | Tx, phone: string): Promise<Set<Purpose>> {
  const states = await db.consentState.findMany({ where: { phone, withdrawn: true }, select: { purpose: true } });
  return new Set(states.map((state) => state.purpose));
}

export interface ConsentCheck {
  phone: string;
  recordingAllowed: boolean;
  purposes: Record<Purpose, boolean>;
}

/**
 * What the IVR asks before it records: per purpose, whether this line's owner still allows
 * it. A withdrawal is visible here the moment it is committed (same table, no cache).
 */
export async function checkConsent(db: Db, phone: string): Promise<ConsentCheck> {
  const withdrawn = await withdrawnPurposesFor(db, phone);
  const purposes = Object.fromEntries(allPurposes.map((purpose) => [purpose, !withdrawn.has(purpose)])) as Record<Purpose, boolean>;
  return { phone, recordingAllowed: Object.values(purposes).some(Boolean), purposes };
}
