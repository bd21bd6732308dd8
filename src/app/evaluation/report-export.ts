// An incident report as a file: the full report or the one-page board summary, as Markdown or PDF, in the
// organisation's language unless another is asked for.
import type { Language } from '../../core/api/common.js';
import { executiveReportMarkdown, incidentReportMarkdown } from '../../core/evaluation/report-markdown.js';
import { renderExecutiveReportPdf, renderIncidentReportPdf } from '../../documents/incident-report-pdf.js';
import type { Ctx } from '../context.js';
import { gatherReportInput } from './report-input.js';

export type ReportKind = 'full' | 'executive';
export type ReportFormat = 'md' | 'pdf';

export async function exportIncidentReport(
  ctx: Ctx,
  incidentKey: string,
  kind: ReportKind,
  format: ReportFormat,
  lang: Language | undefined,
): Promise<{ body: string | Buffer; organisation: string; name: string }> {
  const input = await gatherReportInput(ctx, incidentKey, lang);
  const name = `${input.incident.reference}-${kind === 'full' ? 'report' : 'board-summary'}-${input.language}`;
  const body =
    kind === 'full'
      ? format === 'md'
        ? incidentReportMarkdown(input)
        : await renderIncidentReportPdf(input)
      : format === 'md'
        ? executiveReportMarkdown(input)
        : await renderExecutiveReportPdf(input);
  return { body, organisation: input.organisation, name };
}
