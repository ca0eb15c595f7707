import { z } from 'zod';
import { purposeSchema } from '@/lib/recordings/schema';

export const requestTypeSchema = z.enum(['access', 'erasure', 'consent_withdrawal', 'objection', 'restriction'], {
  message: 'must be one of access, erasure, consent_withdrawal, objection, restriction',
});

export const fileRequestSchema = z
  .object({
    type: requestTypeSchema,
    recordingIds: z.array(z.string().min(1).max(64)).min(1, 'must name at least one call, or be left out for all calls').max(1000).optional(),
    purposes: z.array(purposeSchema).min(1).max(5).optional(),
    message: z.string().trim().max(2000).optional(),
  })
  .superRefine((input, context) => {
    if (input.type === 'consent_withdrawal' && !input.purposes?.length) {
      context.addIssue({ code: 'custom', path: ['purposes'], message: 'must name the purposes whose consent you withdraw' });
    }
    if (input.purposes && !['consent_withdrawal', 'objection'].includes(input.type)) {
      context.addIssue({ code: 'custom', path: ['purposes'], message: 'applies only to consent_withdrawal and objection' });
    }
  });

export type FileRequestInput = z.infer<typeof fileRequestSchema>;

export const listQuerySchema = z.object({
  limit: z.coerce.number({ message: 'must be a number from 1 to 100' }).int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(20),
  cursor: z.string().min(1).max(200).optional(),
});
