import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { deleteObject } from '@/lib/storage/vault';

/** Expired access packages are destroyed: the wrapped key first (in the same commit as the audit), then the object. */
export async function destroyExpiredPackages(now = new Date()): Promise<number> {
  const db = await getDb();
  const expired = await db.dataSubjectRequest.findMany({ where: { packageExpiresAt: { lte: now }, packageStorageKey: { not: null } }, select: { id: true, customerId: true, packageStorageKey: true } });
  for (const request of expired) {
    await db.$transaction(async (tx) => {
      await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { packageStorageKey: null, packageWrappedKey: null } });
      await appendAuditEvent(tx, { type: 'package.destroyed', actorType: 'system', customerId: request.customerId, requestId: request.id, details: {} });
    });
    await deleteObject(request.packageStorageKey!).catch(() => undefined);
  }
  return expired.length;
}
