import { describe, expect, it } from 'vitest';
import { csvFile, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted cells with separators, quotes and line breaks, with the line each record starts on', () => {
    const parsed = parseCsv('a,b\n"x, y","say ""hi"""\n\n"two\nlines",z\nlast,');
    expect(parsed).toEqual({
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'say "hi"'] },
        { line: 4, cells: ['two\nlines', 'z'] },
        { line: 6, cells: ['last', ''] },
      ],
    });
  });

  it('takes the separator from the header (semicolons from a Dutch spreadsheet) and drops a byte order mark', () => {
    expect(parseCsv('\uFEFFemail;naam\r\na@b.nl;"de Vries, A"\r\n')).toEqual({
      records: [
        { line: 1, cells: ['email', 'naam'] },
        { line: 2, cells: ['a@b.nl', 'de Vries, A'] },
      ],
    });
  });

  it('names the line of a quote that is never closed', () => {
    expect(parseCsv('a,b\nc,d\ne,"open\nmore')).toEqual({ unclosedQuoteAt: 3 });
  });

  it('reads back what csvFile writes, formulas defused', () => {
    const text = csvFile(['name', 'note'], [['=SUM(A1)', 'a "quoted", text\nwith a break']]);
    const parsed = parseCsv(text);
    expect(parsed).toEqual({
      records: [
        { line: 1, cells: ['name', 'note'] },
        { line: 2, cells: ["'=SUM(A1)", 'a "quoted", text\nwith a break'] },
      ],
    });
  });
});
