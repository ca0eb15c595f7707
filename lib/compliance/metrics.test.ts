import { describe, expect, it } from 'vitest';
import { deadlineOutcome, isOverdue, lastWeeks, median, percentile, share, summariseDeadlines, warsawDaysPast, warsawWeekKey, weeklySeries } from './metrics';

const at = (iso: string) => new Date(iso);
const days = (base: Date, count: number) => new Date(base.getTime() + count * 86_400_000);

describe('median and 90th percentile', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([28, 5, 20, 10])).toBe(15);
  });

  it('uses the nearest rank: the smallest value with at least 90 % at or below it', () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([5, 10, 20, 28, 40, 50], 90)).toBe(50); // rank ceil(5.4) = 6
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9); // rank 9
    expect(percentile([3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10); // rank ceil(9.9) = 10
  });

  it('has no share of nothing', () => {
    expect(share(1, 0)).toBeNull();
    expect(share(5, 6)).toBeCloseTo(0.8333, 4);
  });
});

describe('weeks in Warsaw', () => {
  it('starts a week on Monday at midnight Warsaw time, across the change to summer time', () => {
    expect(warsawWeekKey(at('2026-03-29T21:59:59Z'))).toBe('2026-03-23'); // Sunday 23:59 CEST
    expect(warsawWeekKey(at('2026-03-29T22:00:00Z'))).toBe('2026-03-30'); // Monday 00:00 CEST
    expect(warsawWeekKey(at('2026-01-04T23:00:00Z'))).toBe('2026-01-05'); // Monday 00:00 CET
  });

  it('lists the weeks ending with the current one, oldest first, with their Warsaw bounds', () => {
    const weeks = lastWeeks(at('2026-06-17T10:00:00Z'), 12);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ key: '2026-03-30', start: at('2026-03-29T22:00:00.000Z') });
    expect(weeks[11]).toMatchObject({ key: '2026-06-15', end: at('2026-06-21T21:59:59.999Z') });
  });

  it('fills every week and series, zeros included, and ignores what is outside', () => {
    const weeks = lastWeeks(at('2026-06-17T10:00:00Z'), 2);
    const series = weeklySeries(weeks, ['a', 'b'] as const, [
      { week: '2026-06-08', series: 'a', count: 2 },
      { week: '2026-06-15', series: 'b', count: 3 },
      { week: '2026-06-01', series: 'a', count: 9 },
      { week: '2026-06-15', series: 'z', count: 9 },
    ]);
    expect(series.weeks.map((week) => [week.key, week.counts, week.total])).toEqual([
      ['2026-06-08', { a: 2, b: 0 }, 2],
      ['2026-06-15', { a: 0, b: 3 }, 3],
    ]);
    expect(series.totals).toEqual({ a: 2, b: 3 });
    expect(series.total).toBe(5);
  });
});

describe('deadline outcomes (rules 1–3)', () => {
  const received = at('2026-04-01T08:00:00Z');
  const base = { receivedAt: received, originalDueAt: days(received, 30), dueAt: days(received, 30), extendedAt: null, pauses: [] };

  it('is in time up to the due date, late after it', () => {
    expect(deadlineOutcome({ ...base, closedAt: days(received, 30) })).toBe('in_time');
    expect(deadlineOutcome({ ...base, closedAt: days(received, 31) })).toBe('late');
  });

  it('counts an extended request answered after the month but by the extended date as answered within the extension', () => {
    const extended = { ...base, extendedAt: days(received, 20), dueAt: days(received, 60) };
    expect(deadlineOutcome({ ...extended, closedAt: days(received, 25) })).toBe('in_time');
    expect(deadlineOutcome({ ...extended, closedAt: days(received, 50) })).toBe('in_extension');
    expect(deadlineOutcome({ ...extended, closedAt: days(received, 61) })).toBe('late');
  });

  it('moves the one-month deadline of an extended request by the days the clock was paused', () => {
    const pause = { startedAt: days(received, 10), endedAt: days(received, 15) };
    const extended = { ...base, extendedAt: days(received, 20), dueAt: days(received, 65), pauses: [pause] };
    expect(deadlineOutcome({ ...extended, closedAt: days(received, 34) })).toBe('in_time');
    expect(deadlineOutcome({ ...extended, closedAt: days(received, 36) })).toBe('in_extension');
  });

  it('summarises 4 in time, 1 late and 1 extended and answered within the extension', () => {
    const closed = [5, 10, 20, 28].map((count) => ({ ...base, closedAt: days(received, count) }));
    closed.push({ ...base, closedAt: days(received, 40) });
    closed.push({ ...base, extendedAt: days(received, 20), dueAt: days(received, 60), closedAt: days(received, 50) } as never);
    const summary = summariseDeadlines(closed);
    expect(summary).toMatchObject({ closed: 6, inTime: 4, inExtension: 1, late: 1, medianDays: 24, p90Days: 50 });
    expect(summary.inTimeShare).toBeCloseTo(4 / 6, 10);
    expect(summary.inExtensionShare).toBeCloseTo(1 / 6, 10);
    expect(summary.lateShare).toBeCloseTo(1 / 6, 10);
    expect(summary.answeredInTimeShare).toBeCloseTo(5 / 6, 10);
  });

  it('has no shares, median or percentile when nothing was closed', () => {
    expect(summariseDeadlines([])).toEqual({ closed: 0, inTime: 0, inExtension: 0, late: 0, inTimeShare: null, inExtensionShare: null, lateShare: null, answeredInTimeShare: null, medianDays: null, p90Days: null });
  });

  it('does not call a request overdue while a pause that began before its deadline runs', () => {
    const now = at('2026-06-17T10:00:00Z');
    const dueAt = at('2026-06-01T21:59:59Z');
    expect(isOverdue({ dueAt, pauses: [] }, now)).toBe(true);
    expect(isOverdue({ dueAt: at('2026-06-30T00:00:00Z'), pauses: [] }, now)).toBe(false);
    expect(isOverdue({ dueAt, pauses: [{ startedAt: at('2026-05-20T10:00:00Z'), endedAt: null }] }, now)).toBe(false);
    expect(isOverdue({ dueAt, pauses: [{ startedAt: at('2026-06-05T10:00:00Z'), endedAt: null }] }, now)).toBe(true);
    expect(isOverdue({ dueAt, pauses: [{ startedAt: at('2026-05-20T10:00:00Z'), endedAt: at('2026-05-22T10:00:00Z') }] }, now)).toBe(true);
  });

  it('counts days overdue in Warsaw calendar days', () => {
    expect(warsawDaysPast(at('2026-06-01T21:59:59Z'), at('2026-06-01T22:30:00Z'))).toBe(1);
    expect(warsawDaysPast(at('2026-06-01T21:59:59Z'), at('2026-06-17T10:00:00Z'))).toBe(16);
  });
});
