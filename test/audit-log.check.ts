import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '@/lib/audit/events';
import { findForbiddenAuditDetail } from '@/lib/audit/details-guard';
import { readAuditCaptures } from './audit-capture';

/**
 * Runs after the whole unit suite (a later project group in vitest.config.ts) over the audit
 * events every test file wrote. Running it alone, or after a partial run, fails by design: the
 * claim it checks is about the suite as a whole.
 */
const captures = readAuditCaptures(process.env.AUDIT_CAPTURE_DIR ?? '');
const events = captures.flatMap((capture) => capture.events.map((event) => ({ ...event, testFile: capture.testFile })));
const secrets = captures.flatMap((capture) => capture.secrets);
/** An event's own chain hash is public (audit.pruned names the last one removed), not a token. */
const chainHashes = new Set(events.map((event) => event.hash));

/** Every string inside a details object, at any depth, with its path. */
function stringsIn(value: unknown, path = 'details'): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => stringsIn(inner, `${path}.${key}`));
}

/** Six digits alone is the shape of a one-time code (rule 7); 32+ characters of base64/hex without spaces is a token or key. */
const codeShaped = /^\d{6}$/;
const tokenShaped = /^[A-Za-z0-9+/=_-]{32,}$/;
/** A row id (UUID) names a row, it opens nothing. */
const rowIdShaped = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Digests that are public by design: the certificate prints its own SHA-256 for anyone to check. */
const publicDigests = new Set(['request.certificate_issued details.bodySha256']);

function leaks(type: string, details: unknown): string[] {
  const found: string[] = [];
  for (const { path, value } of stringsIn(details)) {
    if (codeShaped.test(value)) found.push(`${path} looks like a one-time code`);
    const publicValue = chainHashes.has(value) || rowIdShaped.test(value) || publicDigests.has(`${type} ${path}`);
    if (tokenShaped.test(value) && !publicValue) found.push(`${path} looks like a token or key`);
    // Short secrets (a transcript's "tak") would match by accident; compare long enough ones.
    const secret = secrets.find((candidate) => candidate.value.length >= 12 && (value.includes(candidate.value) || (value.length >= 12 && candidate.value.includes(value))));
    if (secret) found.push(`${path} holds ${secret.source}`);
  }
  return found;
}

describe('audit events written by the unit suite', () => {
  it('captured the suite (the check runs after the unit project, never alone)', () => {
    expect(captures.length).toBeGreaterThan(5);
    expect(secrets.some((secret) => secret.source === 'transcript_segments.text')).toBe(true);
  });

  it('include every event type listed in lib/audit/events.ts', () => {
    const emitted = new Set(events.map((event) => event.type));
    const neverEmitted = Object.keys(auditEventTypes).filter((type) => !emitted.has(type));
    expect(neverEmitted, 'event types no unit test emits: add a test that exercises the code writing them').toEqual([]);
  });

  it('only use listed event types', () => {
    const unlisted = [...new Set(events.map((event) => event.type))].filter((type) => !(type in auditEventTypes));
    expect(unlisted).toEqual([]);
  });

  it('never hold a one-time code, a token, a key, audio or transcript text', () => {
    const problems = events.flatMap((event) => {
      const forbiddenName = findForbiddenAuditDetail(event.details);
      return [...(forbiddenName ? [`${forbiddenName} is a forbidden field name`] : []), ...leaks(event.type, event.details)]
        .map((problem) => `${event.type} (${event.testFile}): ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
