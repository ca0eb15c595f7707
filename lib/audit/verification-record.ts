import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { verifyAuditChain, type ChainVerification } from './verify';

const settingKey = 'audit.lastVerification';

/** Runs the verification and keeps its result, so the auditor view can show when the chain was last proven whole. */
export async function verifyAndRecord(): Promise<ChainVerification> {
  const db = await getDb();
  const result = await verifyAuditChain(db);
  // Stored as plain JSON (dates as ISO strings; undefined fields dropped).
  const value = JSON.parse(JSON.stringify(result)) as Prisma.InputJsonObject;
  await db.setting.upsert({ where: { key: settingKey }, create: { key: settingKey, value }, update: { value } });
  return result;
}

export async function lastVerification(): Promise<(Omit<ChainVerification, 'verifiedAt'> & { verifiedAt: string }) | null> {
  const db = await getDb();
  const setting = await db.setting.findUnique({ where: { key: settingKey } });
  return (setting?.value as (Omit<ChainVerification, 'verifiedAt'> & { verifiedAt: string }) | undefined) ?? null;
}
