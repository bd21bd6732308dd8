// A duty's notification draft: pre-filled from the incident each time it is read, with what people changed laid
// over it; once submitted, the document as sent, frozen.
import type { z } from 'zod';
import type { ZObligationDraft } from '../../core/api/legal.js';
import type { Language } from '../../core/api/common.js';
import { DomainError } from '../../core/errors.js';
import { draftFields, draftTitle, type DraftField } from '../../core/legal/drafts.js';
import type { ObligationKind } from '../../core/legal/obligations.js';
import type { Plan } from '../../core/plan/index.js';
import type { IncidentRow } from '../../store/repos/incidents.js';
import { updateObligation, type ObligationRow } from '../../store/repos/legal.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction, loadIncidentForRead } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { draftInput } from './draft-input.js';
import { loadObligation } from './support.js';

export type Draft = z.infer<typeof ZObligationDraft>;

/** The document as it was sent, kept in the obligation row at submission. */
export interface SentDocument {
  title: string;
  language: Language;
  fields: DraftField[];
}

export async function currentDraft(
  tx: Tx,
  plan: Plan,
  incident: IncidentRow,
  row: ObligationRow,
  now: Date,
): Promise<Draft & { language: Language }> {
  const kind = row.kind as ObligationKind;
  if (row.document) {
    const sent = JSON.parse(row.document) as SentDocument;
    return {
      kind,
      title: sent.title,
      language: sent.language,
      fields: sent.fields.map((f) => ({ ...f, prefilled: false })),
      frozen: true,
    };
  }
  const language = plan.organisation.language;
  const edits = row.draft_edits ? (JSON.parse(row.draft_edits) as Record<string, string>) : {};
  const fields = draftFields(kind, await draftInput(tx, plan, incident, kind, now), language);
  return {
    kind,
    title: draftTitle(kind, language),
    language,
    fields: fields.map((f) => ({ ...f, value: edits[f.key] ?? f.value, prefilled: !(f.key in edits) })),
    frozen: false,
  };
}

export async function getDraft(ctx: Ctx, incidentKey: string, obligationId: string) {
  const tx = ctx.store.db;
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const row = await loadObligation(tx, incident, obligationId);
  const plan = await incidentPlan(ctx, tx, incident);
  return currentDraft(tx, plan, incident, row, ctx.clock.now());
}

/** Saves changed values; a value set back to exactly what Stormbell fills in counts as pre-filled again. */
export async function editDraft(
  ctx: Ctx,
  incidentKey: string,
  obligationId: string,
  values: Record<string, string>,
): Promise<Draft> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const row = await loadObligation(u.tx, incident, obligationId);
    if (row.document) throw new DomainError('conflict', 'legal.frozen');
    const plan = await incidentPlan(ctx, u.tx, incident);
    const now = ctx.clock.now();
    const kind = row.kind as ObligationKind;
    const filled = draftFields(
      kind,
      await draftInput(u.tx, plan, incident, kind, now),
      plan.organisation.language,
    );
    const known = new Map(filled.map((f) => [f.key, f.value]));
    const unknown = Object.keys(values).filter((k) => !known.has(k));
    if (unknown.length > 0)
      throw new DomainError(
        'invalid',
        'error.invalid',
        {},
        unknown.map((key) => ({ field: `fields.${key}`, key: 'legal.unknown_field', params: { key } })),
      );
    const edits = row.draft_edits ? (JSON.parse(row.draft_edits) as Record<string, string>) : {};
    const changed: string[] = [];
    for (const [key, value] of Object.entries(values)) {
      const before = edits[key] ?? known.get(key);
      if (before === value) continue;
      changed.push(key);
      if (value === known.get(key)) delete edits[key];
      else edits[key] = value;
    }
    if (changed.length > 0) {
      await updateObligation(u.tx, row.id, { draft_edits: JSON.stringify(edits) });
      await u.event(
        'obligation.draft_edited',
        { obligation_id: row.id, kind, fields: changed },
        { chainId: incident.id, subject: row.id },
      );
    }
    const { language: _language, ...draft } = await currentDraft(
      u.tx,
      plan,
      incident,
      { ...row, draft_edits: JSON.stringify(edits) },
      now,
    );
    return draft;
  });
}
