import { z } from 'zod';
import { auditEventTypes, type AuditEventType } from '@/lib/audit/events';

/**
 * The audit explorer's filters, one schema for the page and the CSV export so both always
 * select the same events. Everything arrives as query-string text.
 */

export const auditEventTypeNames = Object.keys(auditEventTypes) as [AuditEventType, ...AuditEventType[]];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a calendar date');

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not an id');

/** Who acted: one staff member (`staff:<id>`), any staff member, the customer, telephony/CRM, or the system. */
export const actorFilterSchema = z.union([z.enum(['staff', 'customer', 'integration', 'system']), z.string().regex(/^staff:[A-Za-z0-9_-]{1,64}$/, 'is not an actor')], {
  message: 'must be staff, staff:<id>, customer, integration or system',
});

const blankIsAbsent = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const auditFilterSchema = z
  .object({
    /** Warsaw calendar days, both inclusive. */
    from: z.preprocess(blankIsAbsent, isoDay.optional()),
    to: z.preprocess(blankIsAbsent, isoDay.optional()),
    actor: z.preprocess(blankIsAbsent, actorFilterSchema.optional()),
    /** A customer number, as the CRM gave it. */
    customer: z.preprocess(blankIsAbsent, z.string().trim().max(64).regex(/^[A-Za-z0-9._-]+$/, 'is not a customer number').optional()),
    /** A call: the portal's id or telephony's external id. */
    call: z.preprocess(blankIsAbsent, z.string().trim().max(200).regex(/^[\x21-\x7e]+$/, 'is not a call id').optional()),
    request: z.preprocess(blankIsAbsent, id.optional()),
    type: z.preprocess(blankIsAbsent, z.enum(auditEventTypeNames, { message: 'is not an audit event type' }).optional()),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: 'must not be after "to"', path: ['from'] });

export type AuditFilter = z.infer<typeof auditFilterSchema>;

const seq = z.string().regex(/^[1-9]\d{0,18}$/, 'is not a sequence number');

/** Keyset paging by sequence number: `before` goes to older events, `after` to newer ones. */
export const auditPageSchema = z
  .object({
    before: z.preprocess(blankIsAbsent, seq.optional()),
    after: z.preprocess(blankIsAbsent, seq.optional()),
  })
  .refine((page) => !(page.before && page.after), { message: 'give before or after, not both', path: ['after'] });

export type AuditPage = z.infer<typeof auditPageSchema>;

/** The weeks the dashboard covers. */
export const dashboardWeeksOptions = [4, 12, 26, 52] as const;
export type DashboardWeeks = (typeof dashboardWeeksOptions)[number];
export const dashboardQuerySchema = z.object({
  weeks: z
    .preprocess(blankIsAbsent, z.enum(['4', '12', '26', '52'], { message: 'must be 4, 12, 26 or 52' }).default('12'))
    .transform((value) => Number(value) as DashboardWeeks),
});

/** The data sets behind the dashboard's charts and lists, each downloadable as CSV. */
export const dashboardDatasets = ['requests-per-week', 'deadlines', 'days-to-close', 'overdue', 'extensions', 'erasures-per-week', 'purges', 'consent-withdrawals', 'quarantined', 'misdelivery'] as const;
export type DashboardDataset = (typeof dashboardDatasets)[number];
export const dashboardDatasetSchema = z.enum(dashboardDatasets, { message: 'is not a dashboard data set' });
