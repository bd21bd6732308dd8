// A notification draft as an A4 PDF: grouped by section like the Markdown export, with the organisation and the
// incident on every page, and marked DRAFT on every page until it was submitted.
import { t } from '../core/i18n/index.js';
import {
  draftStatus,
  groupBySection,
  type DraftDocumentField,
  type DraftDocumentMeta,
} from '../core/legal/draft-markdown.js';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../core/format-time.js';
import { drawRunningHeader, fit, startPdf } from './pdf-base.js';

const MARGIN = 48;
const TOP = 64; // room for the running header
const BOTTOM = 56; // room for the footer
const INK = '#1a1b1e';
const NAVY = '#1c2b4a';

export function renderNotificationPdf(
  title: string,
  fields: DraftDocumentField[],
  meta: DraftDocumentMeta,
): Promise<Buffer> {
  const lang = meta.language;
  const status = draftStatus(meta);
  const { doc, done } = startPdf({
    margins: { top: TOP, bottom: BOTTOM, left: MARGIN, right: MARGIN },
    info: { Title: `${title}: ${meta.organisation} ${meta.reference}` },
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - BOTTOM;
  // Starts a new page when less than `space` is left, so a heading or a label never ends a page alone.
  const keep = (space: number) => {
    if (doc.y + space > bottom()) doc.addPage();
  };

  doc.font('bold').fontSize(18).fillColor(NAVY).text(title, { width });
  doc.moveDown(0.5);

  // The status box: red while it is a draft, green once submitted.
  const boxText = status.draft ? `${t(lang, 'legal.draft.doc.draft')}: ${status.text}` : status.text;
  doc.font('bold').fontSize(11);
  const boxHeight = doc.heightOfString(boxText, { width: width - 20 }) + 14;
  const boxTop = doc.y;
  doc
    .rect(MARGIN, boxTop, width, boxHeight)
    .fillAndStroke(status.draft ? '#fdecea' : '#e8f5e9', status.draft ? '#c0392b' : '#2e7d32');
  doc
    .fillColor(status.draft ? '#8e2a1f' : '#1b5e20')
    .text(boxText, MARGIN + 10, boxTop + 7, { width: width - 20 });
  doc.x = MARGIN;
  doc.y = boxTop + boxHeight + 10;

  const timeZone = meta.timeZone ?? DEFAULT_TIME_ZONE;
  const metaLine = (label: string, value: string) =>
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(INK)
      .text(`${label}: `, { continued: true, width })
      .font('regular')
      .text(value);
  metaLine(t(lang, 'legal.draft.doc.organisation'), meta.organisation);
  metaLine(t(lang, 'legal.draft.doc.incident'), meta.reference);
  metaLine(t(lang, 'legal.draft.doc.generated'), formatDateTime(meta.generatedAt, lang, timeZone));
  doc
    .moveDown(0.4)
    .font('regular')
    .fontSize(9)
    .fillColor('#555')
    .text(t(lang, 'legal.draft.doc.note'), { width });

  for (const group of groupBySection(fields)) {
    keep(90);
    doc.moveDown(0.9).font('bold').fontSize(13).fillColor(NAVY).text(group.section, { width }).moveDown(0.2);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .strokeColor('#c5cbd6')
      .lineWidth(1)
      .stroke()
      .moveDown(0.4);
    for (const f of group.fields) {
      keep(40);
      doc.font('bold').fontSize(10).fillColor(INK).text(f.label, { width });
      // A long value flows onto the next page by itself.
      doc
        .font('regular')
        .fontSize(10)
        .fillColor(INK)
        .text(f.value.trim() || '—', { width })
        .moveDown(0.5);
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    if (status.draft) watermark(doc, t(lang, 'legal.draft.doc.draft'));
    // One line each side: the document on the left (shortened when long), the incident on the right.
    drawRunningHeader(doc, `${meta.organisation} · ${title}`, meta.reference, MARGIN, width);
    const footer = status.draft ? t(lang, 'legal.draft.doc.draft') : status.text;
    doc.fillColor(status.draft ? '#c0392b' : '#777');
    doc.text(fit(doc, footer, width * 0.7), MARGIN, doc.page.height - 36, { lineBreak: false });
    doc.fillColor('#777');
    doc.text(
      t(lang, 'legal.draft.doc.page', { page: i + 1, pages: range.count }),
      MARGIN + width * 0.7,
      doc.page.height - 36,
      { width: width * 0.3, align: 'right', lineBreak: false },
    );
  }
  doc.end();
  return done;
}

/** A large, faint, diagonal word across the page: no one mistakes a printed draft for what was sent. */
function watermark(doc: PDFKit.PDFDocument, word: string): void {
  const cx = doc.page.width / 2;
  const cy = doc.page.height / 2;
  doc.save();
  doc.rotate(-35, { origin: [cx, cy] });
  doc.font('bold').fontSize(96).fillColor('#c0392b').fillOpacity(0.07);
  const w = doc.widthOfString(word);
  doc.text(word, cx - w / 2, cy - 60, { lineBreak: false });
  doc.restore();
}
