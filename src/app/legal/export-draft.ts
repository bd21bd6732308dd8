// A duty's notification as a file: Markdown, JSON or PDF, of the draft as it stands or of the document as sent.
import type { Language } from '../../core/api/common.js';
import { DEFAULT_TIME_ZONE } from '../../core/format-time.js';
import { draftJson, draftMarkdown, type DraftDocumentMeta } from '../../core/legal/draft-markdown.js';
import { renderNotificationPdf } from '../../documents/notification-pdf.js';
import type { Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { currentDraft } from './obligation-draft.js';
import { loadObligation } from './support.js';

export type ExportFormat = 'md' | 'json' | 'pdf';

export async function exportDraft(
  ctx: Ctx,
  incidentKey: string,
  obligationId: string,
  format: ExportFormat,
): Promise<{ body: string | Buffer; organisation: string; name: string }> {
  const tx = ctx.store.db;
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const row = await loadObligation(tx, incident, obligationId);
  const plan = await incidentPlan(ctx, tx, incident);
  const now = ctx.clock.now();
  const draft = await currentDraft(tx, plan, incident, row, now);
  const meta: DraftDocumentMeta = {
    organisation: plan.organisation.name,
    reference: incident.reference,
    generatedAt: now.toISOString(),
    language: draft.language as Language,
    timeZone: DEFAULT_TIME_ZONE,
    submitted: row.submitted_at && row.reference ? { at: row.submitted_at, reference: row.reference } : null,
  };
  const name = `${incident.reference}-${row.kind}`;
  const body =
    format === 'md'
      ? draftMarkdown(draft.title, draft.fields, meta)
      : format === 'json'
        ? JSON.stringify(draftJson(draft.kind, draft.title, draft.fields, meta), null, 2)
        : await renderNotificationPdf(draft.title, draft.fields, meta);
  return { body, organisation: plan.organisation.name, name };
}
