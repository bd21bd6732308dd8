// The emergency sheet as an A4 PDF, made in Node (no browser): for the day the systems are down.
import type { EmergencySheet } from '../core/plan/index.js';
import { t } from '../core/i18n/index.js';
import { startPdf } from './pdf-base.js';

type Sheet = EmergencySheet & { version: number; generated_at: string };

export function renderEmergencySheetPdf(sheet: Sheet): Promise<Buffer> {
  const lang = sheet.language;
  const { doc, done } = startPdf({
    margin: 48,
    info: { Title: `${t(lang, 'sheet.title')}: ${sheet.organisation}` },
  });

  const width = doc.page.width - 96;
  const heading = (text: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).font('bold').fontSize(14).fillColor('#1c2b4a').text(text).moveDown(0.3);
    doc
      .moveTo(48, doc.y)
      .lineTo(48 + width, doc.y)
      .strokeColor('#c5cbd6')
      .stroke()
      .moveDown(0.4);
  };
  const line = (label: string, value: string, bold = false) =>
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#1a1b1e')
      .text(`${label} `, { continued: true })
      .font(bold ? 'bold' : 'regular')
      .text(value);
  const person = (p: { name: string; phone: string; email: string }) => `${p.name}   ${p.phone}   ${p.email}`;

  doc
    .font('bold')
    .fontSize(22)
    .fillColor('#1c2b4a')
    .text(`${t(lang, 'sheet.title')}: ${sheet.organisation}`);
  doc.font('regular').fontSize(10).fillColor('#444').text(t(lang, 'sheet.subtitle'));
  doc.text(t(lang, 'sheet.version', { version: sheet.version, date: sheet.generated_at.slice(0, 10) }));

  heading(t(lang, 'sheet.team'));
  for (const role of sheet.roles) {
    if (doc.y > doc.page.height - 100) doc.addPage();
    doc.font('bold').fontSize(11).fillColor('#1a1b1e').text(role.name);
    line(`${t(lang, 'sheet.primary')}:`, role.primary ? person(role.primary) : t(lang, 'sheet.nobody'), true);
    for (const d of role.deputies) line(`${t(lang, 'sheet.deputies')}:`, person(d));
    doc.moveDown(0.4);
  }

  heading(t(lang, 'sheet.contacts'));
  for (const c of sheet.contacts) {
    if (doc.y > doc.page.height - 100) doc.addPage();
    const who = [c.organisation, c.name].filter(Boolean).join(', ');
    doc.font('bold').fontSize(11).fillColor('#1a1b1e').text(who);
    doc.font('regular').fontSize(10).text([c.phone, c.email].filter(Boolean).join('   '));
    if (c.notes) doc.fontSize(9).fillColor('#444').text(c.notes, { width });
    doc.moveDown(0.4);
  }

  heading(t(lang, 'sheet.first_steps'));
  for (const s of sheet.scenarios) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.font('bold').fontSize(11).fillColor('#1a1b1e').text(s.name);
    s.first_steps.forEach((step, i) => {
      doc
        .font('regular')
        .fontSize(10)
        .fillColor('#1a1b1e')
        .text(`${i + 1}. ${step.title} `, { continued: true, width });
      doc.fillColor('#555').text(`(${t(lang, 'sheet.owner')} ${step.owner})`);
    });
    doc.moveDown(0.4);
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor('#777');
    doc.text(t(lang, 'sheet.page', { page: i + 1, pages: range.count }), 48, doc.page.height - 36, {
      width,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}
