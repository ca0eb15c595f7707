import { z } from 'zod';
import { customerNumberSchema } from '@/lib/customers/schema';

/** Polish numbers may be typed with spaces or without the country code; the portal stores E.164. */
export const phoneInputSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s()-]/g, ''))
  .transform((value) => (/^\d{9}$/.test(value) ? `+48${value}` : value.replace(/^00/, '+')))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be a phone number such as +48 600 100 200'));

export const challengeRequestSchema = z.object({
  phone: phoneInputSchema,
  customerNumber: z.string().trim().toUpperCase().pipe(customerNumberSchema),
});

export const verifyRequestSchema = z.object({
  challengeId: z.string().min(1).max(64),
  code: z.string().trim().regex(/^\d{6}$/, 'must be the 6-digit code from the SMS'),
});
