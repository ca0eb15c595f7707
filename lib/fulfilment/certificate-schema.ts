import { z } from 'zod';

/**
 * The body of an erasure certificate, version 1: what a fulfilled erasure request destroyed
 * per call and when, what it kept and why, and where in the audit chain that is recorded.
 * Ids, dates, counts and reasons only: nothing of the voice or the words, and the customer
 * is named by their customer number, never their phone number. Stored as written (it is the
 * proof); this schema types it for the readers and the OpenAPI document.
 */

const auditPositionSchema = z.object({
  seq: z.string().describe('Position in the audit chain (a decimal string: the sequence is a 64-bit integer).'),
  hash: z.string().describe('SHA-256 chain hash of the event at that position; `npm run audit:verify` recomputes it.'),
});

const staffRefSchema = z.object({ staffId: z.string(), roles: z.array(z.string()) });

const erasureSchema = z.object({
  erasedAt: z.iso.datetime(),
  /** False when an earlier erasure (another request, retention, a consent withdrawal) had already destroyed the call. */
  byThisRequest: z.boolean(),
  cause: z.string().nullable(),
  destroyed: z
    .object({
      dataKeyShredded: z.literal(true).describe('The call’s own wrapped data key was destroyed, so every copy of the ciphertext is unreadable.'),
      storedObjectDeleted: z.boolean().describe('The encrypted object is deleted right after this record commits.'),
      transcriptSegments: z.number().int().nonnegative(),
      redactions: z.number().int().nonnegative(),
      packageCopies: z.number().int().nonnegative().describe('Access packages still downloadable that held the call, destroyed with it.'),
    })
    .optional(),
  auditEvent: auditPositionSchema.optional().describe('The recording.erased event of this request.'),
});

const keptSchema = z.discriminatedUnion('reason', [
  z.object({
    reason: z.literal('legal_hold'),
    law: z.literal('art_17_3_e_legal_claims'),
    holds: z.array(z.object({ reason: z.string(), placedAt: z.iso.datetime(), endsAt: z.iso.datetime().nullable() })),
  }),
  z.object({ reason: z.literal('legal_obligation'), law: z.literal('art_17_3_b_legal_obligation'), retentionUntil: z.iso.datetime() }),
]);

export const certificateCallSchema = z.object({
  recordingId: z.string(),
  externalId: z.string(),
  callStartedAt: z.iso.datetime(),
  outcome: z.enum(['erased', 'kept_legal_hold', 'kept_legal_obligation']),
  erasure: erasureSchema.optional(),
  kept: keptSchema.optional(),
});

export const erasureCertificateBodySchema = z.object({
  kind: z.literal('wglad.erasure-certificate'),
  version: z.literal(1),
  certificateId: z.string(),
  requestId: z.string(),
  customerNumber: z.string(),
  status: z.enum(['completed', 'partially_completed']),
  receivedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime(),
  completedAt: z.iso.datetime(),
  decision: z.object({
    decidedBy: staffRefSchema,
    /** Four eyes: the agent who proposed the approval that decidedBy confirmed. */
    proposedBy: staffRefSchema.extend({ proposedAt: z.iso.datetime() }).optional(),
  }),
  summary: z.object({ erased: z.number().int(), kept: z.number().int() }),
  calls: z.array(certificateCallSchema),
  audit: z.object({
    statusChange: auditPositionSchema.describe('The request.status_changed event that closed the request.'),
    chainHead: auditPositionSchema.describe('The head of the chain when the certificate was written.'),
  }),
});

export type ErasureCertificateBody = z.infer<typeof erasureCertificateBodySchema>;
export type CertificateCall = z.infer<typeof certificateCallSchema>;

/** What readers get: the body exactly as stored, and the audit event that issued it. */
export const erasureCertificateSchema = z.object({
  certificate: erasureCertificateBodySchema,
  issuance: z.object({
    issuedAt: z.iso.datetime(),
    auditEvent: auditPositionSchema.describe('The request.certificate_issued event; its details hold bodySha256.'),
    bodySha256: z.string().describe('SHA-256 of the canonical JSON of `certificate` (keys sorted at every level).'),
  }),
});

export type ErasureCertificateView = z.infer<typeof erasureCertificateSchema>;
