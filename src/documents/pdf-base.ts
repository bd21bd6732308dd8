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
