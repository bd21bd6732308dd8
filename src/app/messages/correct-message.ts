// A published message never changes: a correction is a new draft that points to it, starting from its text.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import { latestFactSheet } from '../../store/repos/incidents.js';
import { correctionsOf, insertMessage, listContents } from '../../store/repos/messages.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { statusPartsOf, writeStatusPart } from '../status-page/message-update.js';
import { audienceOf, contentRows, loadMessage, newDraftRow, requireState } from './support.js';

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
      newDraftRow({
        id,
        incidentId: incident.id,
        audienceId: original.audience_id,
        kind: original.kind,
        templateId: original.template_id,
        channels: original.channels,
        factSheetVersion: facts ? Number(facts.version) : null,
        correctsId: original.id,
        authorId: ctx.actor!.id,
        at: u.now,
      }),
      contentRows(
        id,
        contents.map((c) => ({ language: c.language as 'nl' | 'en', subject: c.subject, body: c.body })),
      ),
    );
    // The correction starts from what the original said on the status page too.
    await writeStatusPart(u.tx, id, (await statusPartsOf(u.tx, [original.id])).get(original.id));
    await u.event(
      'message.corrected',
      { message_id: id, corrects_id: original.id, audience_id: audience.id, audience_name: audience.name },
      { chainId: incident.id, subject: id },
    );
    return id;
  });
}
