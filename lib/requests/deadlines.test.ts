import { describe, expect, it } from 'vitest';
import { computeDueDate, easterSunday, isWorkingDay, latestExtendedDueDate, warsawDateOf } from './deadlines';

const received = (iso: string) => new Date(iso);
const dueDay = (iso: string, months = 1) => warsawDateOf(computeDueDate(received(iso), months));

describe('computeDueDate (rule 1: one calendar month, then the next working day)', () => {
  it('keeps the day number a month later: 5 March → 5 April (2027, a Monday)', () => {
    expect(dueDay('2027-03-05T10:00:00Z')).toEqual({ year: 2027, month: 4, day: 5 });
  });

  it('uses the last day of a shorter month: 31 August → 30 September', () => {
    expect(dueDay('2027-08-31T10:00:00Z')).toEqual({ year: 2027, month: 9, day: 30 });
  });

  it('31 January → 28 February in a common year and 29 February in a leap year', () => {
    expect(dueDay('2030-01-31T10:00:00Z')).toEqual({ year: 2030, month: 2, day: 28 });
    expect(dueDay('2028-01-31T10:00:00Z')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('moves a Saturday or Sunday to Monday: 5 Nov 2026 → Sat 5 Dec → Mon 7 Dec', () => {
    expect(dueDay('2026-11-05T10:00:00Z')).toEqual({ year: 2026, month: 12, day: 7 });
  });

  it('moves over Polish public holidays: 24–26 Dec then the weekend (2026)', () => {
    // 24 Nov → 24 Dec 2026 (Thursday, Wigilia, a day off since 2025) → 25, 26 Dec holidays, 27 Sunday → 28 Dec.
    expect(dueDay('2026-11-24T10:00:00Z')).toEqual({ year: 2026, month: 12, day: 28 });
  });

  it('moves over Easter Monday and 3 May', () => {
    // Easter 2027 is 28 March; 29 March is Easter Monday.
    expect(dueDay('2027-02-28T10:00:00Z')).toEqual({ year: 2027, month: 3, day: 30 });
    // 3 May 2027 is a Monday holiday.
    expect(dueDay('2027-04-03T10:00:00Z')).toEqual({ year: 2027, month: 5, day: 4 });
  });

  it('counts days in Warsaw: 23:30 UTC on 31 March is already 1 April there', () => {
    expect(dueDay('2027-03-31T23:30:00Z')).toEqual({ year: 2027, month: 5, day: 4 });
  });

  it('is due at the very end of the day in Warsaw, across DST', () => {
    expect(computeDueDate(received('2027-03-05T10:00:00Z')).toISOString()).toBe('2027-04-05T21:59:59.999Z');
    expect(computeDueDate(received('2027-11-05T10:00:00Z')).toISOString()).toBe('2027-12-06T22:59:59.999Z');
  });

  it('allows at most three months in all with an extension (rule 2)', () => {
    expect(warsawDateOf(latestExtendedDueDate(received('2027-03-05T10:00:00Z')))).toEqual({ year: 2027, month: 6, day: 7 });
  });
});

describe('Polish calendar', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ year: 2027, month: 3, day: 28 });
  });

  it('knows Corpus Christi and 11 November are days off', () => {
    expect(isWorkingDay({ year: 2026, month: 6, day: 4 })).toBe(false);
    expect(isWorkingDay({ year: 2026, month: 11, day: 11 })).toBe(false);
    expect(isWorkingDay({ year: 2026, month: 11, day: 12 })).toBe(true);
  });
});
