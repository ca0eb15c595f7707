import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The telephony/CRM caller: `Authorization: Bearer <INGEST_API_KEY>`. Several keys may be
 * configured at once so one can be rotated without downtime; each is compared in constant
 * time (over fixed-length digests, so neither content nor length leaks through timing).
 * Returns which key matched, by position, for the audit log — never the key itself.
 */
export function requireIntegration(request: Request): { actorId: string } {
  const keys = getConfig().ingestApiKeys;
  const presented = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim();
  if (!presented || keys.length === 0) throw new AppError('unauthenticated', keys.length ? 'no bearer key' : 'ingestion disabled: INGEST_API_KEY unset');
  const presentedDigest = digest(presented);
  let matched = -1;
  keys.forEach((key, index) => {
    if (timingSafeEqual(digest(key), presentedDigest) && matched < 0) matched = index;
  });
  if (matched < 0) throw new AppError('unauthenticated', 'wrong ingest key');
  return { actorId: `ingest-key-${matched + 1}` };
}
