import { describe, expect, it } from 'vitest';
import { csvCell, csvDisposition, csvDocument, csvRow } from './csv';
import { auditFilterSchema, auditPageSchema, dashboardQuerySchema } from './schema';

describe('CSV', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12n)).toBe('12');
    expect(csvCell(new Date('2026-06-17T10:00:00Z'))).toBe('2026-06-17T10:00:00.000Z');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+48600100200')).toBe("'+48600100200");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1'); // a number is data, not text someone typed
  });

  it('writes CRLF rows after a byte-order mark', () => {
    expect(csvRow(['a', 1])).toBe('a,1\r\n');
    expect(csvDocument(['x', 'y'], [[1, 2]])).toBe('\uFEFFx,y\r\n1,2\r\n');
    expect(csvDisposition('audit log/ä', new Date('2026-06-17T10:00:00Z'))).toBe('attachment; filename="audit-log---2026-06-17.csv"');
  });
});

describe('audit filters', () => {
  it('accepts every filter and treats blanks as absent', () => {
    expect(auditFilterSchema.parse({ from: '2026-06-01', to: '2026-06-30', actor: 'staff:abc_123', customer: 'C-1001', call: 'ext-1', request: 'req1', type: 'recording.played' })).toEqual({
      from: '2026-06-01',
      to: '2026-06-30',
      actor: 'staff:abc_123',
      customer: 'C-1001',
      call: 'ext-1',
      request: 'req1',
      type: 'recording.played',
    });
    expect(auditFilterSchema.parse({ from: '', actor: '', type: '' })).toEqual({});
  });

  it.each([
    [{ from: '2026-02-30' }, 'from'],
    [{ to: '17.06.2026' }, 'to'],
    [{ from: '2026-06-02', to: '2026-06-01' }, 'from'],
    [{ actor: 'root' }, 'actor'],
    [{ actor: 'staff:' }, 'actor'],
    [{ type: 'recording.deleted' }, 'type'],
    [{ customer: 'C 1001' }, 'customer'],
    [{ call: 'a b' }, 'call'],
  ])('refuses %j', (input, field) => {
    const result = auditFilterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('pages by one sequence number in one direction', () => {
    expect(auditPageSchema.parse({ before: '120' })).toEqual({ before: '120' });
    expect(auditPageSchema.safeParse({ before: '0' }).success).toBe(false);
    expect(auditPageSchema.safeParse({ before: '5', after: '3' }).success).toBe(false);
  });

  it('offers the dashboard over 4, 12, 26 or 52 weeks, 12 by default', () => {
    expect(dashboardQuerySchema.parse({})).toEqual({ weeks: 12 });
    expect(dashboardQuerySchema.parse({ weeks: '52' })).toEqual({ weeks: 52 });
    expect(dashboardQuerySchema.safeParse({ weeks: '13' }).success).toBe(false);
  });
});
