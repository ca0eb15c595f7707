import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, formatCsvRow, parseCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it('splits plain rows with LF or CRLF, with or without a final line break', () => {
    expect(fieldsOf('a,b\n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fieldsOf('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fieldsOf('a,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(fieldsOf('"Kowalska, Ewa","Zespół ""Obsługa""","line one\r\nline two"\r\n')).toEqual([['Kowalska, Ewa', 'Zespół "Obsługa"', 'line one\r\nline two']]);
    expect(fieldsOf('""\n"",x\n')).toEqual([['', 'x']]);
  });

  it('keeps empty fields, also at the ends of a row', () => {
    expect(fieldsOf(',a,,\n')).toEqual([['', 'a', '', '']]);
    expect(fieldsOf('"",""\n')).toEqual([['', '']]);
  });

  it('skips blank lines and a byte order mark', () => {
    expect(fieldsOf('\ufeffa,b\n\n1,2\r\n\r\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('treats a quote inside an unquoted field as a character', () => {
    expect(fieldsOf('12" screen,x\n')).toEqual([['12" screen', 'x']]);
  });

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    expect(parseCsv('h\n"a\nb"\n\nc\n').map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a\n"open,b\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open,b\n')).toThrow(/line 2/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/closing quote/);
  });
});

describe('formatCsvRow', () => {
  it('quotes only what needs it and round-trips through the parser', () => {
    const row = ['plain', 'with, comma', 'with "quote"', 'two\nlines', '', 42, undefined];
    expect(formatCsvRow(row)).toBe('plain,"with, comma","with ""quote""","two\nlines",,42,\r\n');
    expect(fieldsOf(formatCsvRow(row))).toEqual([['plain', 'with, comma', 'with "quote"', 'two\nlines', '', '42', '']]);
  });
});
