/**
 * CSV as spreadsheets and telephony exports write it (RFC 4180): comma-separated, fields in
 * double quotes may hold commas, line breaks and doubled quotes, lines end in LF or CRLF.
 * Small enough to own rather than depend on; the importer needs nothing fancier.
 */

export interface CsvRecord {
  /** The 1-based line of the file where this record starts, for messages an operator can act on. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Parses a whole CSV text into records; blank lines are skipped, a leading UTF-8 BOM is ignored. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  // A quote opens a quoted field only as the field's first character; elsewhere it is a
  // literal character, as spreadsheets treat `12" screen`.
  let atFieldStart = true;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endRecord = () => {
    fields.push(field);
    // An empty line is one empty field: skipped rather than kept as a row of blanks.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && atFieldStart) {
      const quoteLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(quoteLine, 'a quoted field is never closed');
        const inner = text[i]!;
        if (inner === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (inner === '"') {
          i += 1;
          break;
        } else {
          if (inner === '\n') line += 1;
          field += inner;
          i += 1;
        }
      }
      atFieldStart = false;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
        throw new CsvSyntaxError(line, 'text follows the closing quote of a field (a quote inside a quoted field must be doubled)');
      }
    } else if (char === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      endRecord();
      atFieldStart = true;
      i += char === '\r' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      atFieldStart = false;
      i += 1;
    }
  }
  // The last record when the file does not end with a line break.
  if (field !== '' || fields.length > 0 || !atFieldStart) endRecord();
  return records;
}

/** One CSV line (with CRLF, as spreadsheets expect): fields quoted only when they must be. */
export function formatCsvRow(fields: readonly (string | number | undefined)[]): string {
  return `${fields
    .map((value) => {
      const text = value === undefined ? '' : String(value);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',')}\r\n`;
}
