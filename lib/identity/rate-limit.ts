import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in the database, so limits survive restarts and hold across every
 * app instance. One atomic upsert per hit: the first hit after a window ends starts a new one.
 */
export async function hitRateLimit(db: Db | Tx, key: string, rule: RateLimitRule): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const rows = await db.$queryRaw<{ count: number; retry_after: number }[]>`
    INSERT INTO rate_limit_counters (key, "windowStart", count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      "windowStart" = CASE WHEN rate_limit_counters."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE rate_limit_counters."windowStart" END,
      count = CASE WHEN rate_limit_counters."windowStart" <= now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE rate_limit_counters.count + 1 END
    RETURNING count, CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${rule.windowSeconds}) - now())))::int AS retry_after`;
  const row = rows[0]!;
  return { allowed: row.count <= rule.limit, retryAfterSeconds: Math.max(1, row.retry_after) };
}

/** Throws a 429 with Retry-After when any of the keys is over its limit (every key is counted). */
export async function enforceRateLimits(db: Db | Tx, limits: { key: string; rule: RateLimitRule }[]): Promise<void> {
  let retryAfter = 0;
  for (const { key, rule } of limits) {
    const result = await hitRateLimit(db, key, rule);
    if (!result.allowed) retryAfter = Math.max(retryAfter, result.retryAfterSeconds);
  }
  if (retryAfter > 0) throw new AppError('rate_limited', `rate limited: ${limits.map((l) => l.key.split(':')[0]).join(', ')}`, { retryAfterSeconds: retryAfter });
}
