import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import type { StaffRole } from '@/generated/prisma/client';
import { canonicalJson } from '@/lib/audit/chain';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { Tx } from '@/lib/db';
import type { CertificateCall, ErasureCertificateBody } from './certificate-schema';
import { activeHoldWhere, type eraseRecordings } from './erasure';

export interface IssueCertificateOptions {
  requestId: string;
  status: 'completed' | 'partially_completed';
  /** The moment of the decision, which is also when the calls were erased. */
  at: Date;
  decidedBy: { staffUserId: string; roles: readonly StaffRole[] };
  erasure: Awaited<ReturnType<typeof eraseRecordings>>;
  statusChangeSeq: bigint;
}

/** SHA-256 of the body's canonical JSON: the value the request.certificate_issued event holds. */
export function certificateDigest(body: ErasureCertificateBody): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Writes the erasure certificate of a fulfilled erasure request inside the transaction that
 * erased its calls and closed it, so it exists exactly when the erasure committed. The chain
 * positions are read back in the same transaction, which still holds the audit chain's lock:
 * no other event can slip in before the head it names. Idempotent: a certificate already
 * written for the request is returned untouched (the table's unique requestId backs this).
 */
export async function issueErasureCertificate(tx: Tx, options: IssueCertificateOptions): Promise<{ id: string; auditSeq: bigint }> {
  const existing = await tx.erasureCertificate.findUnique({ where: { requestId: options.requestId }, select: { id: true, auditSeq: true } });
  if (existing) return existing;

  const request = await tx.dataSubjectRequest.findUniqueOrThrow({
    where: { id: options.requestId },
    select: {
      receivedAt: true,
      customerId: true,
      customer: { select: { customerNumber: true } },
      recordings: { select: { recordingId: true, recording: { select: { externalId: true, startedAt: true, erasedAt: true, erasureCause: true, retentionUntil: true } } } },
      proposals: { where: { resolution: 'confirmed', action: 'approve' }, orderBy: { resolvedAt: 'desc' }, take: 1, select: { preparedAt: true, preparedBy: { select: { id: true, roles: true } } } },
    },
  });
  const heldIds = request.recordings.filter((item) => options.erasure.outcomes.get(item.recordingId) === 'kept_legal_hold').map((item) => item.recordingId);
  const holds = heldIds.length
    ? await tx.legalHold.findMany({
        where: { ...activeHoldWhere(options.at), OR: [{ recordingId: { in: heldIds } }, { recordingId: null, customerId: request.customerId }] },
        orderBy: { placedAt: 'asc' },
        select: { recordingId: true, reason: true, placedAt: true, endsAt: true },
      })
    : [];
  const positions = await auditPositions(tx, [...options.erasure.auditSeqs.values(), options.statusChangeSeq]);
  const head = await tx.auditEvent.findFirstOrThrow({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });

  const calls = [...request.recordings]
    .sort((a, b) => a.recording.startedAt.getTime() - b.recording.startedAt.getTime())
    .map((item): CertificateCall => {
      const { recordingId, recording } = item;
      const outcome = options.erasure.outcomes.get(recordingId) ?? 'erased';
      const base = { recordingId, externalId: recording.externalId, callStartedAt: recording.startedAt.toISOString(), outcome };
      if (outcome === 'kept_legal_hold') {
        const callHolds = holds.filter((hold) => hold.recordingId === recordingId || hold.recordingId === null);
        return { ...base, kept: { reason: 'legal_hold', law: 'art_17_3_e_legal_claims', holds: callHolds.map((hold) => ({ reason: hold.reason, placedAt: hold.placedAt.toISOString(), endsAt: hold.endsAt?.toISOString() ?? null })) } };
      }
      if (outcome === 'kept_legal_obligation') return { ...base, kept: { reason: 'legal_obligation', law: 'art_17_3_b_legal_obligation', retentionUntil: recording.retentionUntil.toISOString() } };
      const destroyed = options.erasure.destroyed.get(recordingId);
      const seq = options.erasure.auditSeqs.get(recordingId);
      return {
        ...base,
        erasure: {
          erasedAt: (recording.erasedAt ?? options.at).toISOString(),
          byThisRequest: Boolean(destroyed),
          cause: recording.erasureCause,
          ...(destroyed
            ? { destroyed: { dataKeyShredded: true as const, storedObjectDeleted: destroyed.storedObject, transcriptSegments: destroyed.transcriptSegments, redactions: destroyed.redactions, packageCopies: destroyed.packageCopies } }
            : {}),
          ...(seq !== undefined ? { auditEvent: positions.get(seq)! } : {}),
        },
      };
    });

  const proposal = request.proposals[0];
  const body: ErasureCertificateBody = {
    kind: 'wglad.erasure-certificate',
    version: 1,
    certificateId: randomUUID(),
    requestId: options.requestId,
    customerNumber: request.customer.customerNumber,
    status: options.status,
    receivedAt: request.receivedAt.toISOString(),
    decidedAt: options.at.toISOString(),
    completedAt: options.at.toISOString(),
    decision: {
      decidedBy: { staffId: options.decidedBy.staffUserId, roles: [...options.decidedBy.roles] },
      ...(proposal ? { proposedBy: { staffId: proposal.preparedBy.id, roles: [...proposal.preparedBy.roles], proposedAt: proposal.preparedAt.toISOString() } } : {}),
    },
    summary: { erased: calls.filter((call) => call.outcome === 'erased').length, kept: calls.filter((call) => call.outcome !== 'erased').length },
    calls,
    audit: { statusChange: positions.get(options.statusChangeSeq)!, chainHead: { seq: head.seq.toString(), hash: head.hash } },
  };
  const auditSeq = await appendAuditEvent(tx, {
    type: 'request.certificate_issued',
    actorType: 'staff',
    actorId: options.decidedBy.staffUserId,
    customerId: request.customerId,
    requestId: options.requestId,
    details: { certificateId: body.certificateId, bodySha256: certificateDigest(body) },
  });
  await tx.erasureCertificate.create({ data: { id: body.certificateId, requestId: options.requestId, issuedAt: options.at, body, auditSeq } });
  return { id: body.certificateId, auditSeq };
}

async function auditPositions(tx: Tx, seqs: bigint[]): Promise<Map<bigint, { seq: string; hash: string }>> {
  const rows = await tx.auditEvent.findMany({ where: { seq: { in: seqs } }, select: { seq: true, hash: true } });
  return new Map(rows.map((row) => [row.seq, { seq: row.seq.toString(), hash: row.hash }]));
}
