import { z } from 'zod';
import { legalGroundSchema } from '@/lib/requests/legal-grounds';
import { requestTypeSchema } from '@/lib/requests/schema';

export const staffSignInSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1024),
  totp: z.string().trim().max(20).optional(),
});

const reason = z.string().trim().min(5, 'must explain the decision in a sentence').max(2000);

export const decisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve') }),
  z.object({ action: z.literal('reject'), reason, legalGround: legalGroundSchema }),
  z.object({ action: z.literal('extend'), reason, extendByDays: z.number().int().min(1).max(62) }),
], { message: 'action must be approve, reject or extend' });

export const holdSchema = z.object({ reason, endsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)).optional() });
export const liftHoldSchema = z.object({ reason });

export const queueQuerySchema = z.object({
  status: z.enum(['received', 'in_progress', 'extended', 'completed', 'rejected', 'partially_completed']).optional(),
  type: requestTypeSchema.optional(),
  assignee: z.string().max(64).optional(),
  overdue: z.enum(['1', 'true']).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number({ message: 'must be a number from 1 to 100' }).int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(20),
  cursor: z.string().min(1).max(200).optional(),
});
