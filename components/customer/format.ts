import { addDays, endOfWarsawDay, warsawDateOf, type CalendarDate } from '@/lib/requests/deadlines';

/**
 * Pure helpers shared by the customer pages (server) and their few client components.
 * Nothing here touches data: numbers, dates and phone numbers in, display pieces out.
 */

/** "+48 600 *** 201": enough to recognise one's own line, not enough to read it off a screen. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  const polish = /^\+48(\d{3})\d{3}(\d{3})$/.exec(digits);
  if (polish) return `+48 ${polish[1]} *** ${polish[2]}`;
  if (digits.length <= 6) return '*** ' + digits.slice(-2);
  return `${digits.slice(0, digits.startsWith('+') ? 4 : 3)} *** ${digits.slice(-3)}`;
}

/** The last three digits, for a screen reader ("ending in 2 0 1") instead of reading out asterisks. */
export function phoneEnding(phone: string): string {
  return phone.replace(/\D/g, '').slice(-3).split('').join(' ');
}

export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/** "3:12" for the eye, and the parts of "3 min 12 s" for the ear. */
export function durationParts(totalSeconds: number): { clock: string; parts: DurationParts } {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  const clock = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return { clock, parts: { hours, minutes, seconds } };
}

/** Calendar days from today to the due day, both in Warsaw: 0 on the due day, negative once past. */
export function warsawDaysUntil(due: Date, now: Date = new Date()): number {
  const a = warsawDateOf(now);
  const b = warsawDateOf(due);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** A calendar date typed as YYYY-MM-DD (what `<input type="date">` sends), if it is a real date. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (date.year < 1900 || check.getUTCMonth() !== date.month - 1 || check.getUTCDate() !== date.day) return undefined;
  return date;
}

/** The first instant of a Warsaw calendar day (DST-aware). */
export function startOfWarsawDay(date: CalendarDate): Date {
  return new Date(endOfWarsawDay(addDays(date, -1)).getTime() + 1);
}

/** The first instant after a Warsaw calendar day: an exclusive upper bound. */
export function afterWarsawDay(date: CalendarDate): Date {
  return new Date(endOfWarsawDay(date).getTime() + 1);
}
