// The incident report and the board summary as A4 PDFs, drawn from the same document as the Markdown: the
// organisation, the document and the incident on every page with its number. The board summary is one page:
// what does not fit is shortened, never moved to a second page.
import { incidentReport, type ReportBlock, type ReportDocument } from '../core/evaluation/report-document.js';
import { executiveReport } from '../core/evaluation/report-executive.js';
import type { ReportInput } from '../core/evaluation/report-input.js';
import { drawRunningHeader, fit, startPdf } from './pdf-base.js';

const MARGIN = 48;
const TOP = 64; // room for the running header
const BOTTOM = 56; // room for the footer
const INK = '#1a1b1e';
const NAVY = '#1c2b4a';
const MUTED = '#555';
const RULE = '#c5cbd6';

interface Style {
  title: number;
  heading: number;
  subheading: number;
  body: number;
  small: number;
  /** One page only: blocks are cut to the room left instead of starting a new page. */
  onePage: boolean;
}

const FULL: Style = { title: 18, heading: 13, subheading: 11, body: 10, small: 9, onePage: false };
const EXECUTIVE: Style = { title: 15, heading: 11, subheading: 9.5, body: 8.5, small: 7.5, onePage: true };

export function renderIncidentReportPdf(input: ReportInput): Promise<Buffer> {
  return renderDocument(incidentReport(input), FULL);
}

export function renderExecutiveReportPdf(input: ReportInput): Promise<Buffer> {
  return renderDocument(executiveReport(input), EXECUTIVE);
}

/** Any report document in the full report's layout (the exercise's after-action report uses it). */
export function renderReportDocumentPdf(report: ReportDocument): Promise<Buffer> {
  return renderDocument(report, FULL);
}

function renderDocument(report: ReportDocument, style: Style): Promise<Buffer> {
  const { doc, done } = startPdf({
    margins: { top: TOP, bottom: BOTTOM, left: MARGIN, right: MARGIN },
    info: { Title: `${report.title} (${report.header.right})`, Author: report.header.left },
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - BOTTOM;
  const room = () => bottom() - doc.y;
  let full = false; // one-page mode: the page is full, everything after is left out
  /** Makes room for `space` points: a new page, or in one-page mode false when it is not there. */
  const keep = (space: number): boolean => {
    if (full) return false;
    if (space <= room()) return true;
    if (style.onePage) {
      full = true;
      return false;
    }
    doc.addPage();
    return true;
  };
  /** Text that may run over pages; in one-page mode cut with an ellipsis to the room left. */
  const flow = (text: string, font: 'regular' | 'bold', size: number, color: string, indent = 0) => {
    doc.font(font).fontSize(size).fillColor(color);
    const options = { width: width - indent };
    if (!style.onePage) {
      doc.text(text, MARGIN + indent, doc.y, options);
      return;
    }
    const line = doc.currentLineHeight(true);
    if (full || room() < line) {
      full = true;
      return;
    }
    const height = doc.heightOfString(text, options);
    if (height > room()) {
      doc.text(text, MARGIN + indent, doc.y, { ...options, height: room() - 2, ellipsis: true });
      full = true;
      doc.y = bottom();
    } else doc.text(text, MARGIN + indent, doc.y, options);
  };

  doc.font('bold').fontSize(style.title).fillColor(NAVY).text(report.title, MARGIN, doc.y, { width });
  doc.moveDown(0.4);
  for (const banner of report.banners) {
    doc.font('bold').fontSize(style.body);
    const h = doc.heightOfString(banner, { width: width - 20 }) + 12;
    const top = doc.y;
    doc.rect(MARGIN, top, width, h).fillAndStroke('#fff4e5', '#b26a00');
    doc.fillColor('#663c00').text(banner, MARGIN + 10, top + 6, { width: width - 20 });
    doc.x = MARGIN;
    doc.y = top + h + 6;
  }
  for (const m of report.meta)
    doc
      .font('bold')
      .fontSize(style.small + 0.5)
      .fillColor(INK)
      .text(`${m.label}: `, MARGIN, doc.y, { continued: true, width })
      .font('regular')
      .text(m.value);

  for (const section of report.sections) {
    if (section.heading) {
      if (!keep(style.heading * 5)) break;
      doc.moveDown(style.onePage ? 0.5 : 0.9);
      doc
        .font('bold')
        .fontSize(style.heading)
        .fillColor(NAVY)
        .text(section.heading, MARGIN, doc.y, { width });
      doc.moveDown(0.15);
      doc
        .moveTo(MARGIN, doc.y)
        .lineTo(MARGIN + width, doc.y)
        .strokeColor(RULE)
        .lineWidth(1)
        .stroke()
        .moveDown(0.35);
    } else doc.moveDown(0.6);
    for (const block of section.blocks) drawBlock(block);
    if (full) break;
  }

  function drawBlock(block: ReportBlock): void {
    if (full) return;
    switch (block.kind) {
      case 'paragraph':
        keep(style.body * 2.5);
        flow(block.text.trim() || '—', 'regular', style.body, INK);
        doc.moveDown(0.4);
        return;
      case 'note':
        keep(style.small * 2.5);
        flow(block.text, 'regular', style.small, MUTED);
        doc.moveDown(0.4);
        return;
      case 'subheading':
        // A subheading keeps a few lines of what it heads on its page.
        if (!keep(style.subheading * (style.onePage ? 4 : 8))) return;
        doc.moveDown(0.3);
        flow(block.text, 'bold', style.subheading, NAVY);
        doc.moveDown(0.2);
        return;
      case 'fields':
        if (block.compact) {
          for (const f of block.items) {
            if (!keep(style.body * 1.6)) return;
            doc
              .font('bold')
              .fontSize(style.body)
              .fillColor(INK)
              .text(`${f.label}: `, MARGIN, doc.y, { continued: true, width })
              .font('regular')
              .text(f.value);
            doc.moveDown(0.15);
          }
          doc.moveDown(0.3);
          return;
        }
        for (const f of block.items) {
          if (!keep(style.body * 3.5)) return;
          flow(f.label, 'bold', style.body, INK);
          flow(f.value.trim() || '—', 'regular', style.body, INK);
          doc.moveDown(0.35);
        }
        return;
      case 'list':
        for (const item of block.items) {
          if (!keep(style.body * 1.6)) return;
          const y = doc.y;
          doc
            .font('regular')
            .fontSize(style.body)
            .fillColor(INK)
            .text('•', MARGIN + 2, y, { lineBreak: false });
          doc.y = y;
          flow(item, 'regular', style.body, INK, 12);
          doc.moveDown(0.15);
        }
        doc.moveDown(0.3);
        return;
      case 'table':
        drawTable(block);
        doc.moveDown(0.4);
        return;
    }
  }

  function drawTable(block: Extract<ReportBlock, { kind: 'table' }>): void {
    const widths = block.widths.map((w) => w * width);
    const pad = style.onePage ? 2.5 : 4;
    const size = style.onePage ? style.body : style.small;
    const heightOf = (cells: string[], font: 'regular' | 'bold') => {
      doc.font(font).fontSize(size);
      return (
        Math.max(
          ...cells.map((c, i) => doc.heightOfString(c.trim() || '—', { width: widths[i]! - 2 * pad })),
        ) +
        2 * pad
      );
    };
    const drawRow = (cells: string[], font: 'regular' | 'bold', fill: string | null) => {
      const h = heightOf(cells, font);
      const y = doc.y;
      if (fill) doc.rect(MARGIN, y, width, h).fill(fill);
      let x = MARGIN;
      doc.font(font).fontSize(size).fillColor(INK);
      cells.forEach((c, i) => {
        doc.text(c.trim() || '—', x + pad, y + pad, { width: widths[i]! - 2 * pad });
        x += widths[i]!;
      });
      doc
        .moveTo(MARGIN, y + h)
        .lineTo(MARGIN + width, y + h)
        .strokeColor('#dde1e8')
        .lineWidth(0.5)
        .stroke();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    const header = () => drawRow(block.columns, 'bold', '#eef1f6');
    // A heading row never ends a page alone: it starts with at least three rows (or the whole table when short).
    const start = [block.columns, ...block.rows.slice(0, 3)];
    if (!keep(start.reduce((sum, r, i) => sum + heightOf(r, i === 0 ? 'bold' : 'regular'), 0))) return;
    header();
    block.rows.forEach((r, i) => {
      if (full) return;
      const font = block.strong?.[i] ? 'bold' : 'regular';
      const h = heightOf(r, font);
      if (h > room()) {
        if (style.onePage) {
          full = true;
          return;
        }
        doc.addPage();
        header();
      }
      drawRow(r, font, null);
    });
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    drawRunningHeader(doc, report.header.left, report.header.right, MARGIN, width);
    const pageLabel = report.pageLabel(i + 1, range.count);
    const labelWidth = doc.widthOfString(pageLabel);
    if (report.footnote)
      doc.text(fit(doc, report.footnote, width - labelWidth - 24), MARGIN, doc.page.height - 36, {
        lineBreak: false,
      });
    doc.text(pageLabel, MARGIN + width - labelWidth, doc.page.height - 36, { lineBreak: false });
  }
  doc.end();
  return done;
}
