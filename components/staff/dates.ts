import type { createFormatter } from 'next-intl';
import { warsawDateOf } from '@/lib/requests/deadlines';

/** next-intl's formatter, from `getFormatter()` on the server or `useFormatter()` in a component. */
export type Formatter = ReturnType<typeof createFormatter>;

/** Deadlines are days in Poland, whatever the server's or the browser's clock zone. */
const timeZone = 'Europe/Warsaw';

/** "12 mar 2026, 10:42" / "Mar 12, 2026, 10:42 AM": dense tables, never ambiguous between day and month. */
export function formatShortDateTime(format: Formatter, date: Date): string {
  return format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** "12 mar 2026" / "Mar 12, 2026". */
export function formatShortDay(format: Formatter, date: Date): string {
  return format.dateTime(date, { dateStyle: 'medium', timeZone });
}

/** "12 marca 2026". */
export function formatDay(format: Formatter, date: Date): string {
  return format.dateTime(date, { dateStyle: 'long', timeZone });
}

/** "12 marca 2026, 10:42". */
export function formatDateTime(format: Formatter, date: Date): string {
  return `${format.dateTime(date, { dateStyle: 'long', timeZone })}, ${format.dateTime(date, { timeStyle: 'short', timeZone })}`;
}

/** Calendar days from today to the due day, both in Warsaw: 0 on the due day, negative once past. */
export function warsawDaysUntil(due: Date, now: Date = new Date()): number {
  const a = warsawDateOf(now);
  const b = warsawDateOf(due);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** "3:12" / "1:02:03". */
export function formatDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
