// What every Stormbell PDF starts from: an A4 pdfkit document with Noto Sans embedded, and its bytes once it ends.
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Noto Sans covers every Latin-script name (ğ, ı, ł, ...); the PDF standard fonts would garble them.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

/**
 * A new A4 document with its pages buffered (for running headers and page numbers at the end) and the fonts
 * 'regular' and 'bold' registered; `done` resolves to the PDF after `doc.end()`.
 */
export function startPdf(options: Pick<PDFKit.PDFDocumentOptions, 'margin' | 'margins' | 'info'>): {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
} {
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, ...options });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The running header of the current page: `left` (shortened when long) and `right` in small grey type, over a rule. */
export function drawRunningHeader(
  doc: PDFKit.PDFDocument,
  left: string,
  right: string,
  margin: number,
  width: number,
): void {
  doc.font('regular').fontSize(8).fillColor('#777');
  const rightWidth = doc.widthOfString(right);
  doc.text(fit(doc, left, width - rightWidth - 24), margin, 28, { lineBreak: false });
  doc.text(right, margin + width - rightWidth, 28, { lineBreak: false });
  doc
    .moveTo(margin, 42)
    .lineTo(margin + width, 42)
    .strokeColor('#dde1e8')
    .lineWidth(0.5)
    .stroke();
}

/**
 * The text, cut with an ellipsis where it would run past `max` points in the current font: the longest start that
 * fits with the ellipsis (at least one character). Found by halving, not a character at a time: measuring is linear
 * in the text's length, and a 20,000-character title cut one character at a time took minutes.
 */
export function fit(doc: PDFKit.PDFDocument, text: string, max: number): string {
  if (doc.widthOfString(text) <= max) return text;
  let fits = 1;
  let tooLong = text.length + 1;
  while (tooLong - fits > 1) {
    const mid = Math.floor((fits + tooLong) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= max) fits = mid;
    else tooLong = mid;
  }
  return `${text.slice(0, fits).trimEnd()}…`;
}
