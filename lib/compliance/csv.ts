/**
 * CSV for auditors (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs
 * read Polish letters). A cell that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return) is prefixed with an apostrophe: the log holds text customers and staff
 * typed, and opening an export must never execute it (OWASP "CSV injection").
 */

export type CsvCell = string | number | bigint | boolean | Date | null | undefined;

export const csvByteOrderMark = '\uFEFF';

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvByteOrderMark + csvRow(header) + rows.map(csvRow).join('');
}

/** Content-Disposition for a download, with the date so several exports do not overwrite each other. */
export function csvDisposition(name: string, at: Date = new Date()): string {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, '-');
  return `attachment; filename="${safe}-${at.toISOString().slice(0, 10)}.csv"`;
}

/** A share as a number with four decimals ("0.8333"), empty when undefined. */
export function csvShare(value: number | null): string {
  return value === null ? '' : value.toFixed(4);
}

/** Days with one decimal ("12.5"), empty when undefined. */
export function csvDays(value: number | null): string {
  return value === null ? '' : value.toFixed(1);
}
