import { z } from 'zod';

/** The boundary schemas of the telephony contract (api-v1.md, "Telephony and CRM"). */

export const e164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +48600100200');
export const isoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp such as 2026-11-28T10:15:00Z' }).transform((value) => new Date(value));
export const purposeSchema = z.enum(['quality', 'training', 'contract', 'legal_evidence', 'security'], {
  message: 'must be one of quality, training, contract, legal_evidence, security',
});
export const legalBasisSchema = z.enum(['consent', 'legitimate_interest', 'contract', 'legal_obligation'], {
  message: 'must be one of consent, legitimate_interest, contract, legal_obligation',
});

export const transcriptSegmentSchema = z
  .object({
    startMs: z.number().int().min(0),
    endMs: z.number().int().min(0),
    speaker: z.enum(['customer', 'agent'], { message: 'must be customer or agent' }),
    text: z.string().min(1).max(10_000),
  })
  .refine((segment) => segment.endMs >= segment.startMs, { message: 'endMs must not be before startMs', path: ['endMs'] });

export const transcriptSchema = z.array(transcriptSegmentSchema).max(20_000);

export const recordingMetadataSchema = z
  .object({
    externalId: z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'),
    phone: e164Schema,
    customerNumber: z.string().min(1).max(64).optional(),
    startedAt: isoDateTimeSchema,
    durationSeconds: z.number().int().min(0).max(24 * 3600),
    direction: z.enum(['inbound', 'outbound'], { message: 'must be inbound or outbound' }),
    agentName: z.string().min(1).max(200).optional(),
    purposes: z.array(purposeSchema).min(1, 'must list at least one purpose').max(5),
    legalBasis: legalBasisSchema,
    consent: z
      .object({
        method: z.enum(['ivr', 'sms', 'verbal', 'written'], { message: 'must be one of ivr, sms, verbal, written' }),
        givenAt: isoDateTimeSchema,
        promptVersion: z.string().max(100).optional(),
        keyPressed: z.string().max(10).optional(),
      })
      .optional(),
    retentionUntil: isoDateTimeSchema.optional(),
    transcript: transcriptSchema.optional(),
  })
  .superRefine((metadata, context) => {
    // Zod still runs this when a field failed; only look at what parsed.
    if (!(metadata.startedAt instanceof Date)) return;
    if (metadata.legalBasis === 'consent' && !metadata.consent) {
      context.addIssue({ code: 'custom', path: ['consent'], message: 'is required when legalBasis is consent (proof of the key press)' });
    }
    if (metadata.retentionUntil && metadata.retentionUntil <= metadata.startedAt) {
      context.addIssue({ code: 'custom', path: ['retentionUntil'], message: 'must be after startedAt' });
    }
    if (metadata.startedAt.getTime() > Date.now() + 5 * 60_000) {
      context.addIssue({ code: 'custom', path: ['startedAt'], message: 'must not be in the future' });
    }
  });

export type RecordingMetadata = z.infer<typeof recordingMetadataSchema>;
export type TranscriptInput = z.infer<typeof transcriptSchema>;

/** In a query string an unencoded "+" arrives as a space; an IVR writing `?phone=+48…` means the plus. */
export const e164QueryParamSchema = z
  .string()
  .transform((value) => value.replace(/^ (?=\d)/, '+'))
  .pipe(e164Schema);
