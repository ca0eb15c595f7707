import type { createFormatter } from 'next-intl';

/** next-intl's formatter, from `getFormatter()` on the server or `useFormatter()` in a component. */
export type Formatter = ReturnType<typeof createFormatter>;

/** Every date a customer reads is a day in Poland, whatever the server's own clock zone. */
const timeZone = 'Europe/Warsaw';

/** "12 marca 2026, 10:42" / "March 12, 2026, 10:42 AM". */
export function formatDateTime(format: Formatter, date: Date): string {
  return `${format.dateTime(date, { dateStyle: 'long', timeZone })}, ${format.dateTime(date, { timeStyle: 'short', timeZone })}`;
}

/** "12 marca 2026". */
export function formatDay(format: Formatter, date: Date): string {
  return format.dateTime(date, { dateStyle: 'long', timeZone });
}

/** "12.03.2026, 10:42" for dense tables. */
export function formatShortDateTime(format: Formatter, date: Date): string {
  return format.dateTime(date, { dateStyle: 'short', timeStyle: 'short', timeZone });
}
