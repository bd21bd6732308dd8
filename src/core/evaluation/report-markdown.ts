// The incident report and the board summary as Markdown, from a ReportInput. Every value is escaped, so a decision
// titled "# heading" or a message with "<script>" stays text in any Markdown viewer.
import { escapeBlock, escapeInline } from '../legal/draft-markdown.js';
import { incidentReport, type ReportBlock, type ReportDocument } from './report-document.js';
import { executiveReport } from './report-executive.js';
import type { ReportInput } from './report-input.js';

export function incidentReportMarkdown(input: ReportInput): string {
  return documentMarkdown(incidentReport(input));
}

export function executiveReportMarkdown(input: ReportInput): string {
  return documentMarkdown(executiveReport(input));
}

export function documentMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeInline(doc.title)}`];
  for (const banner of doc.banners) out.push(`> **${escapeInline(banner)}**`);
  out.push(doc.meta.map((m) => `- ${escapeInline(m.label)}: ${escapeInline(m.value)}`).join('\n'));
  for (const section of doc.sections) {
    if (section.heading) out.push(`## ${escapeInline(section.heading)}`);
    for (const block of section.blocks) out.push(blockMarkdown(block));
  }
  if (doc.footnote) out.push(`_${escapeInline(doc.footnote)}_`);
  return out.join('\n\n') + '\n';
}

function blockMarkdown(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeBlock(block.text);
    case 'note':
      return `_${escapeInline(block.text)}_`;
    case 'subheading':
      return `### ${escapeInline(block.text)}`;
    case 'fields':
      if (block.compact)
        return block.items.map((f) => `- **${escapeInline(f.label)}**: ${escapeInline(f.value)}`).join('\n');
      return block.items.map((f) => `**${escapeInline(f.label)}**\n\n${escapeBlock(f.value)}`).join('\n\n');
    case 'list':
      return block.items.map((i) => `- ${escapeInline(i)}`).join('\n');
    case 'table': {
      const cell = (text: string, strong: boolean) => {
        const value = escapeInline(text.trim() || '—');
        return strong ? `**${value}**` : value;
      };
      const row = (cells: string[], strong = false) => `| ${cells.map((c) => cell(c, strong)).join(' | ')} |`;
      return [
        row(block.columns),
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map((r, i) => row(r, block.strong?.[i] ?? false)),
      ].join('\n');
    }
  }
}
