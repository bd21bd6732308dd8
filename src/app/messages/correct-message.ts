// A published message never changes: a correction is a new draft that points to it, starting from its text.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import { latestFactSheet } from '../../store/repos/incidents.js';
import { correctionsOf, insertMessage, listContents } from '../../store/repos/messages.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { audienceOf, contentRows, loadMessage, requireState } from './support.js';

export async function correctMessage(ctx: Ctx, incidentKey: string, messageId: string): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const original = await loadMessage(u.tx, incident, messageId);
    requireState(original, 'correct');
    const existing = (await correctionsOf(u.tx, [original.id]))[0];
    if (existing) throw new DomainError('conflict', 'message.already_corrected', { id: existing.id });
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = audienceOf(plan, original.audience_id);
    const facts = await latestFactSheet(u.tx, incident.id);
    const contents = await listContents(u.tx, [original.id]);
    const id = randomUUID();
    await insertMessage(
      u.tx,
      {
        id,
        incident_id: incident.id,
        audience_id: original.audience_id,
        status: 'draft',
        kind: original.kind,
        template_id: original.template_id,
        channels: original.channels,
        fact_sheet_version: facts ? Number(facts.version) : null,
        corrects_id: original.id,
        revision: 1,
        author_id: ctx.actor!.id,
        created_at: u.now,
        updated_at: u.now,
        submitted_at: null,
        published_at: null,
        published_by: null,
        rejected_at: null,
        rejected_by: null,
        rejection_comment: null,
      },
      contentRows(
        id,
        contents.map((c) => ({ language: c.language as 'nl' | 'en', subject: c.subject, body: c.body })),
      ),
    );
    await u.event(
      'message.corrected',
      { message_id: id, corrects_id: original.id, audience_id: audience.id, audience_name: audience.name },
      { chainId: incident.id, subject: id },
    );
    return id;
  });
}
