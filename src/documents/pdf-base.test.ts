import { describe, expect, it } from 'vitest';
import { fit, startPdf } from './pdf-base.js';

// The first implementation, a character at a time: fit must give the same answers.
function fitByCharacter(doc: PDFKit.PDFDocument, text: string, max: number): string {
  if (doc.widthOfString(text) <= max) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

describe('fit', () => {
  const { doc } = startPdf({ margin: 48 });
  doc.font('regular').fontSize(8);

  it('cuts where the character-at-a-time cut did', () => {
    const texts = [
      'Ransomware op de bestandsservers van de afdeling Financiën',
      'Short',
      'W'.repeat(300),
      'Een titel met spaties aan het eind      van een stuk',
      'ğışłøæ — Łódź, İstanbul, Ærø: namen in elke Latijnse schrijfwijze',
    ];
    for (const text of texts)
      for (const max of [5, 40, 120, 300])
        expect(fit(doc, text, max), `${text} @ ${max}`).toBe(fitByCharacter(doc, text, max));
  });

  it('cuts a title of 20,000 characters to the longest start that fits', () => {
    const text = 'abcdefghij'.repeat(2000);
    const cut = fit(doc, text, 300);
    expect(cut.endsWith('…')).toBe(true);
    expect(doc.widthOfString(cut)).toBeLessThanOrEqual(300);
    const start = cut.slice(0, -1);
    expect(text.startsWith(start)).toBe(true);
    expect(doc.widthOfString(`${text.slice(0, start.length + 1)}…`)).toBeGreaterThan(300);
  });
});
