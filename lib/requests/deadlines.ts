/**
 * The legal clock of GDPR Art. 12(3) (rules.md, rules 1–3): one calendar month counted as in
 * Regulation 1182/71 (the same day number a month later, or the month's last day when it has
 * no such day), moved to the next working day when it falls on a Saturday, Sunday or Polish
 * public holiday. Days are calendar days in Poland (Europe/Warsaw), and a request is due at
 * the end of its due day there.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const warsawParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

function partsOf(instant: Date) {
  const parts = Object.fromEntries(warsawParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

export function warsawDateOf(instant: Date): CalendarDate {
  const { year, month, day } = partsOf(instant);
  return { year, month, day };
}

/** The last instant of a calendar day in Warsaw (DST-aware). */
export function endOfWarsawDay(date: CalendarDate): Date {
  const nextMidnightUtcGuess = Date.UTC(date.year, date.month - 1, date.day + 1);
  // Warsaw is UTC+1 or UTC+2: find the offset at that moment and correct the guess.
  const local = partsOf(new Date(nextMidnightUtcGuess));
  const offsetMs = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - nextMidnightUtcGuess;
  return new Date(nextMidnightUtcGuess - offsetMs - 1);
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const key = (date: CalendarDate) => `${date.year}-${date.month}-${date.day}`;

/** Polish statutory days off (ustawa o dniach wolnych od pracy), including 24 December from 2025. */
export function polishPublicHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const fixed: [number, number][] = [[1, 1], [1, 6], [5, 1], [5, 3], [8, 15], [11, 1], [11, 11], [12, 25], [12, 26]];
  if (year >= 2025) fixed.push([12, 24]);
  return new Set([
    ...fixed.map(([month, day]) => key({ year, month, day })),
    key(easter),
    key(addDays(easter, 1)), // Easter Monday
    key(addDays(easter, 49)), // Pentecost Sunday
    key(addDays(easter, 60)), // Corpus Christi
  ]);
}

export function isWorkingDay(date: CalendarDate): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !polishPublicHolidays(date.year).has(key(date));
}

export function nextWorkingDayFrom(date: CalendarDate): CalendarDate {
  let current = date;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/** When a request received at `receivedAt` is due, `months` months later (1 by law, 3 at most with an extension). */
export function computeDueDate(receivedAt: Date, months = 1, pausedDays = 0): Date {
  const due = addDays(addCalendarMonths(warsawDateOf(receivedAt), months), pausedDays);
  return endOfWarsawDay(nextWorkingDayFrom(due));
}

/** The latest due date an extension may reach: three months in all (rule 2). */
export function latestExtendedDueDate(receivedAt: Date, pausedDays = 0): Date {
  return computeDueDate(receivedAt, 3, pausedDays);
}
