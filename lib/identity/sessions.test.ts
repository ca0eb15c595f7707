import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshVerificationMs, requireFreshVerification, type AuthorizedCustomerId, type CustomerSession } from './sessions';

const session = (verifiedAt: Date): CustomerSession => ({
  sessionId: 's',
  customerId: 'c' as AuthorizedCustomerId,
  phone: '+48600100200',
  verifiedAt,
  expiresAt: new Date(verifiedAt.getTime() + 30 * 60_000),
});

describe('requireFreshVerification (rule 9: re-verify before a download or an erasure)', () => {
  afterEach(() => vi.useRealTimers());

  it('accepts a verification from the last 10 minutes and refuses an older one', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-28T12:00:00Z'));
    expect(() => requireFreshVerification(session(new Date(Date.now() - freshVerificationMs + 1000)))).not.toThrow();
    expect(() => requireFreshVerification(session(new Date(Date.now() - freshVerificationMs - 1000)))).toThrow(expect.objectContaining({ code: 'reverification_required', status: 401 }));
  });
});
