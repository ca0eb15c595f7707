import { addDays, endOfWarsawDay, warsawDateOf, type CalendarDate } from '@/lib/requests/deadlines';

/**
 * The arithmetic behind the compliance dashboard, kept pure so every definition an auditor
 * reads on the page is pinned down by a unit test. Weeks are Monday to Sunday in Warsaw,
 * like the legal deadlines they report on.
 */

export const dayMs = 86_400_000;

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** A share in [0, 1], or null when there is nothing to divide by (shown as "—", never as 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

const pad = (value: number) => String(value).padStart(2, '0');
export const calendarKey = (date: CalendarDate) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;

/** The first instant of a calendar day in Warsaw. */
export function startOfWarsawDay(date: CalendarDate): Date {
  return new Date(endOfWarsawDay(addDays(date, -1)).getTime() + 1);
}

/** The Monday (in Warsaw) of the week an instant falls in. */
export function warsawWeekStart(instant: Date): CalendarDate {
  const date = warsawDateOf(instant);
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** "2026-03-30": the Monday of the instant's week; the key weekly counts are grouped by. */
export function warsawWeekKey(instant: Date): string {
  return calendarKey(warsawWeekStart(instant));
}

export interface WeekBucket {
  /** The Monday, "YYYY-MM-DD". */
  key: string;
  monday: CalendarDate;
  /** First instant of the Monday and last instant of the Sunday, in Warsaw. */
  start: Date;
  end: Date;
}

/** The `count` weeks ending with the week of `now`, oldest first. */
export function lastWeeks(now: Date, count: number): WeekBucket[] {
  const current = warsawWeekStart(now);
  return Array.from({ length: count }, (_, index) => {
    const monday = addDays(current, -7 * (count - 1 - index));
    return { key: calendarKey(monday), monday, start: startOfWarsawDay(monday), end: endOfWarsawDay(addDays(monday, 6)) };
  });
}

export interface WeeklySeries<S extends string> {
  series: readonly S[];
  weeks: { key: string; start: Date; end: Date; counts: Record<S, number>; total: number }[];
  totals: Record<S, number>;
  total: number;
}

const zeroes = <S extends string>(series: readonly S[]) => Object.fromEntries(series.map((name) => [name, 0])) as Record<S, number>;

/**
 * Counts per week and series from rows already grouped as (week key, series, count); rows of
 * another week or an unknown series are ignored, so the result always has every week and
 * every series, zeros included.
 */
export function weeklySeries<S extends string>(weeks: readonly WeekBucket[], series: readonly S[], rows: readonly { week: string; series: string; count: number }[]): WeeklySeries<S> {
  const byWeek = new Map(weeks.map((week) => [week.key, zeroes(series)]));
  const known = new Set<string>(series);
  for (const row of rows) {
    const counts = byWeek.get(row.week);
    if (counts && known.has(row.series)) counts[row.series as S] += row.count;
  }
  const totals = zeroes(series);
  const out = weeks.map((week) => {
    const counts = byWeek.get(week.key)!;
    let total = 0;
    for (const name of series) {
      totals[name] += counts[name];
      total += counts[name];
    }
    return { key: week.key, start: week.start, end: week.end, counts, total };
  });
  return { series, weeks: out, totals, total: out.reduce((sum, week) => sum + week.total, 0) };
}

// ─── Deadlines (rules 1–3) ─────────────────────────────────────────────────────

export interface ClockPauseSpan {
  startedAt: Date;
  endedAt: Date | null;
}

/** Days the clock stood still, counted as lib/requests does when it moves the due date (each pause rounded up). */
export function pausedDays(pauses: readonly ClockPauseSpan[], now: Date): number {
  return pauses.reduce((days, pause) => days + Math.ceil(((pause.endedAt ?? now).getTime() - pause.startedAt.getTime()) / dayMs), 0);
}

export interface ClosedRequestTimes {
  receivedAt: Date;
  closedAt: Date;
  /** The deadline in force: the original one, moved by an extension and by clock pauses. */
  dueAt: Date;
  originalDueAt: Date;
  extendedAt: Date | null;
  pauses: readonly ClockPauseSpan[];
}

export type DeadlineOutcome = 'in_time' | 'in_extension' | 'late';

/**
 * The one-month deadline of a request: its due date without an extension, i.e. the original
 * due date moved by the days the clock was paused. For a request never extended that is the
 * due date in force.
 */
export function oneMonthDeadline(request: Omit<ClosedRequestTimes, 'receivedAt' | 'closedAt'>, now: Date): Date {
  if (!request.extendedAt) return request.dueAt;
  return new Date(request.originalDueAt.getTime() + pausedDays(request.pauses, now) * dayMs);
}

/**
 * in_time: answered by the one-month deadline; in_extension: extended and answered after the
 * month but by the extended deadline; late: answered after the deadline in force.
 */
export function deadlineOutcome(request: ClosedRequestTimes): DeadlineOutcome {
  if (request.closedAt <= oneMonthDeadline(request, request.closedAt)) return 'in_time';
  return request.closedAt <= request.dueAt ? 'in_extension' : 'late';
}

/** Calendar time from arrival to the answer, in days (fractional). */
export function daysToClose(request: { receivedAt: Date; closedAt: Date }): number {
  return (request.closedAt.getTime() - request.receivedAt.getTime()) / dayMs;
}

export interface DeadlineSummary {
  closed: number;
  inTime: number;
  inExtension: number;
  late: number;
  /** Shares of `closed`; null when nothing was closed. */
  inTimeShare: number | null;
  inExtensionShare: number | null;
  lateShare: number | null;
  /** Answered by the deadline in force, extended or not. */
  answeredInTimeShare: number | null;
  medianDays: number | null;
  p90Days: number | null;
}

export function summariseDeadlines(requests: readonly ClosedRequestTimes[]): DeadlineSummary {
  const counts = { in_time: 0, in_extension: 0, late: 0 };
  for (const request of requests) counts[deadlineOutcome(request)] += 1;
  const days = requests.map(daysToClose);
  const closed = requests.length;
  return {
    closed,
    inTime: counts.in_time,
    inExtension: counts.in_extension,
    late: counts.late,
    inTimeShare: share(counts.in_time, closed),
    inExtensionShare: share(counts.in_extension, closed),
    lateShare: share(counts.late, closed),
    answeredInTimeShare: share(counts.in_time + counts.in_extension, closed),
    medianDays: median(days),
    p90Days: percentile(days, 90),
  };
}

/**
 * An open request is overdue once its deadline in force has passed, unless the clock was
 * paused before that deadline and is still paused (rule 3: the deadline will move when the
 * customer answers).
 */
export function isOverdue(request: { dueAt: Date; pauses: readonly ClockPauseSpan[] }, now: Date): boolean {
  if (request.dueAt >= now) return false;
  return !request.pauses.some((pause) => pause.endedAt === null && pause.startedAt <= request.dueAt);
}

/** Whole calendar days (in Warsaw) from `due` to `now`: 1 the day after the due day. */
export function warsawDaysPast(due: Date, now: Date): number {
  const a = warsawDateOf(due);
  const b = warsawDateOf(now);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / dayMs);
}
