import { z } from 'zod';
import { afterWarsawDay, parseIsoDate, startOfWarsawDay } from '@/components/customer/format';
import { purposeSchema } from '@/lib/recordings/schema';

export type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** What the filter form sends; anything unreadable is dropped rather than failing the page. */
const callSearchSchema = z.object({
  from: z.preprocess(one, z.string().trim().max(32).optional().catch(undefined)),
  to: z.preprocess(one, z.string().trim().max(32).optional().catch(undefined)),
  purpose: z.preprocess((value) => one(value) || undefined, purposeSchema.optional().catch(undefined)),
  cursor: z.preprocess(one, z.string().regex(/^[A-Za-z0-9_-]{1,200}$/).optional().catch(undefined)),
});

/**
 * The calls list's query: dates are whole days in Poland ("to" includes its day), and a
 * date that is not one, or a range that ends before it starts, is reported on its field.
 */
export function parseCallSearch(searchParams: SearchParams) {
  const raw = callSearchSchema.parse(searchParams);
  const errors: { from?: 'invalidDate'; to?: 'invalidDate' | 'toBeforeFrom' } = {};
  const fromDate = raw.from ? parseIsoDate(raw.from) : undefined;
  const toDate = raw.to ? parseIsoDate(raw.to) : undefined;
  if (raw.from && !fromDate) errors.from = 'invalidDate';
  if (raw.to && !toDate) errors.to = 'invalidDate';
  let from = fromDate ? startOfWarsawDay(fromDate) : undefined;
  let to = toDate ? afterWarsawDay(toDate) : undefined;
  if (from && to && to <= from) {
    errors.to = 'toBeforeFrom';
    from = undefined;
    to = undefined;
  }
  return {
    values: { from: raw.from || undefined, to: raw.to || undefined, purpose: raw.purpose },
    query: { from, to, purpose: raw.purpose },
    cursor: raw.cursor,
    errors,
  };
}

/** The same filters, for the "older calls" link. */
export function callsHref(values: { from?: string; to?: string; purpose?: string }, cursor?: string): string {
  const params = new URLSearchParams();
  if (values.from) params.set('from', values.from);
  if (values.to) params.set('to', values.to);
  if (values.purpose) params.set('purpose', values.purpose);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/calls?${query}` : '/calls';
}
