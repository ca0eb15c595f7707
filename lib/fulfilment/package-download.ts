import 'server-only';
import { Readable } from 'node:stream';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { requireFreshVerification, type CustomerSession } from '@/lib/identity/sessions';
import { openDecrypted } from '@/lib/storage/vault';

/**
 * The customer's download of their access package (rule 13): no new request needed, but a
 * fresh verification (rule 9); audited; gone (410) once expired and destroyed.
 */
export async function customerPackageResponse(session: CustomerSession, requestId: string): Promise<Response> {
  const db = await getDb();
  const request = await db.dataSubjectRequest.findFirst({
    where: { id: requestId, customerId: session.customerId, type: 'access' },
    select: { id: true, status: true, packageStorageKey: true, packageWrappedKey: true, packageExpiresAt: true, packageSizeBytes: true },
  });
  if (!request) throw new AppError('not_found', `access request ${requestId} not the customer's`);
  if (request.packageExpiresAt && (!request.packageStorageKey || request.packageExpiresAt <= new Date())) throw new AppError('gone', `package of ${requestId} expired`);
  if (!request.packageStorageKey || !request.packageWrappedKey) throw new AppError('conflict', `package of ${requestId} not ready`);
  requireFreshVerification(session);
  await db.$transaction((tx) => appendAuditEvent(tx, { type: 'package.downloaded', actorType: 'customer', actorId: session.customerId, customerId: session.customerId, requestId, details: { sessionId: session.sessionId } }));
  const { stream, plaintextSize } = await openDecrypted({ storageKey: request.packageStorageKey, wrappedKey: request.packageWrappedKey });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/zip',
      'content-length': String(plaintextSize),
      'content-disposition': `attachment; filename="wglad-nagrania-${requestId}.zip"`,
      'cache-control': 'private, no-store',
    },
  });
}
