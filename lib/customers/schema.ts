import { z } from 'zod';
import { e164Schema, isoDateTimeSchema } from '@/lib/recordings/schema';

export const customerNumberSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/, 'may hold letters, digits, dot, dash and underscore only');

export const phoneLineSchema = z
  .object({
    phone: e164Schema,
    activeFrom: isoDateTimeSchema,
    activeTo: isoDateTimeSchema.nullable().optional(),
  })
  .refine((line) => !(line.activeTo instanceof Date) || !(line.activeFrom instanceof Date) || line.activeTo > line.activeFrom, { message: 'must be after activeFrom', path: ['activeTo'] });

export const customerUpsertSchema = z
  .object({
    fullName: z.string().trim().min(1).max(200),
    email: z.email().max(320).optional(),
    locale: z.enum(['pl', 'en']).optional(),
    lines: z.array(phoneLineSchema).max(50),
  })
  .superRefine((body, context) => {
    if (!Array.isArray(body.lines) || !body.lines.every((line) => line.activeFrom instanceof Date)) return;
    body.lines.forEach((line, index) => {
      const overlapping = body.lines.findIndex((other, otherIndex) => otherIndex < index && other.phone === line.phone && windowsOverlap(other, line));
      if (overlapping >= 0) context.addIssue({ code: 'custom', path: ['lines', index], message: `overlaps line ${overlapping} for the same phone` });
    });
  });

export type CustomerUpsert = z.infer<typeof customerUpsertSchema>;

export interface OwnershipWindow {
  activeFrom: Date;
  activeTo?: Date | null;
}

/** Half-open windows [from, to): a number handed over at midnight belongs to one owner at a time. */
export function windowsOverlap(a: OwnershipWindow, b: OwnershipWindow): boolean {
  const aEnd = a.activeTo?.getTime() ?? Infinity;
  const bEnd = b.activeTo?.getTime() ?? Infinity;
  return a.activeFrom.getTime() < bEnd && b.activeFrom.getTime() < aEnd;
}
