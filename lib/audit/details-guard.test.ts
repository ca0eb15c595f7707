import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { findForbiddenAuditDetail, ForbiddenAuditDetailError } from './details-guard';
import { appendAuditEvent } from './mutations';

withTestDatabase();

describe('the audit details guard', () => {
  it('finds field names that would hold a code, token, key, password, audio or transcript, at any depth', () => {
    expect(findForbiddenAuditDetail({ code: '123456' })).toBe('details.code');
    expect(findForbiddenAuditDetail({ challenge: { recovery_code: 'x' } })).toBe('details.challenge.recovery_code');
    expect(findForbiddenAuditDetail({ items: [{ apiKey: 'k' }] })).toBe('details.items[0].apiKey');
    for (const name of ['token', 'bearerToken', 'secret', 'totpSecret', 'password', 'wrappedKey', 'transcript', 'text', 'audio', 'signature']) {
      expect(findForbiddenAuditDetail({ [name]: 'x' }), name).toBe(`details.${name}`);
    }
  });

  it('lets ids and facts through', () => {
    expect(findForbiddenAuditDetail({ sessionId: 's', challengeId: 'c', passkeyId: 'p', matched: true, range: '0-99', segments: 3, changed: ['purpose', 'text'] })).toBeNull();
  });

  it('refuses the event at write time, so nothing of the change commits', async () => {
    const db = await getDb();
    await expect(db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: 'guard-test', value: {} } });
      await appendAuditEvent(tx, { type: 'identity.code_requested', actorType: 'customer', details: { challengeId: 'c1', code: '123456' } });
    })).rejects.toBeInstanceOf(ForbiddenAuditDetailError);
    expect(await db.setting.findUnique({ where: { key: 'guard-test' } })).toBeNull();
    expect(await db.auditEvent.count()).toBe(0);
  });
});
