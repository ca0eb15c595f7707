import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { enforceRateLimits, type RateLimitRule } from '@/lib/identity/rate-limit';
import { appendAuditEvent } from './mutations';
import { verifyAuditChain, type ChainVerification } from './verify';

const settingKey = 'audit.lastVerification';

/** Walking the whole chain reads every row: "Verify now" is limited per staff member so it cannot load the database. */
export const verifyNowLimit: RateLimitRule = { limit: 3, windowSeconds: 10 * 60 };

/**
 * Runs the verification, keeps its result (so the auditor view can show when the chain was
 * last proven whole) and records who ran it and what it found as `audit.verified`.
 */
export async function verifyAndRecord(by: { staffUserId: string } | { via: 'cli' }): Promise<ChainVerification> {
  const db = await getDb();
  const result = await verifyAuditChain(db);
  // Stored as plain JSON (dates as ISO strings; undefined fields dropped).
  const value = JSON.parse(JSON.stringify(result)) as Prisma.InputJsonObject;
  const details = JSON.parse(JSON.stringify({ ok: result.ok, checkedEvents: result.checkedEvents, headSeq: result.headSeq, firstBreak: result.firstBreak, via: 'via' in by ? by.via : 'explorer' })) as Record<string, unknown>;
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: settingKey }, create: { key: settingKey, value }, update: { value } });
    await appendAuditEvent(tx, { type: 'audit.verified', actorType: 'staffUserId' in by ? 'staff' : 'system', actorId: 'staffUserId' in by ? by.staffUserId : null, details });
  });
  return result;
}

/** "Verify now" in the explorer: at most three runs in ten minutes per staff member (429 otherwise). */
export async function verifyNowForStaff(staffUserId: string): Promise<ChainVerification> {
  const db = await getDb();
  await enforceRateLimits(db, [{ key: `audit-verify:${staffUserId}`, rule: verifyNowLimit }]);
  return verifyAndRecord({ staffUserId });
}

export async function lastVerification(): Promise<(Omit<ChainVerification, 'verifiedAt'> & { verifiedAt: string }) | null> {
  const db = await getDb();
  const setting = await db.setting.findUnique({ where: { key: settingKey } });
  return (setting?.value as (Omit<ChainVerification, 'verifiedAt'> & { verifiedAt: string }) | undefined) ?? null;
}
