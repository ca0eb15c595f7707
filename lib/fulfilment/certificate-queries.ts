import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { AuthorizedCustomerId } from '@/lib/identity/sessions';
import { erasureCertificateBodySchema, type ErasureCertificateView } from './certificate-schema';

async function readCertificate(where: Prisma.ErasureCertificateWhereInput): Promise<ErasureCertificateView | null> {
  const db = await getDb();
  const row = await db.erasureCertificate.findFirst({ where, select: { body: true, issuedAt: true, auditSeq: true } });
  if (!row) return null;
  const event = await db.auditEvent.findUniqueOrThrow({ where: { seq: row.auditSeq }, select: { seq: true, hash: true, details: true } });
  const { bodySha256 } = event.details as { bodySha256: string };
  return {
    certificate: erasureCertificateBodySchema.parse(row.body),
    issuance: { issuedAt: row.issuedAt.toISOString(), auditEvent: { seq: event.seq.toString(), hash: event.hash }, bodySha256 },
  };
}

/** The customer's own certificate; another customer's, or none yet, is simply not found. */
export async function getCustomerErasureCertificate(customerId: AuthorizedCustomerId, requestId: string): Promise<ErasureCertificateView> {
  const certificate = await readCertificate({ requestId, request: { customerId } });
  if (!certificate) throw new AppError('not_found', `certificate of request ${requestId} not visible to customer`);
  return certificate;
}

/** For staff allowed to read requests (the caller checks requests.view). */
export async function getErasureCertificate(requestId: string): Promise<ErasureCertificateView> {
  const certificate = await readCertificate({ requestId });
  if (!certificate) throw new AppError('not_found', `certificate of request ${requestId}`);
  return certificate;
}
