// Changes a message's text or channels. Approvals were given to the old text: an edit voids them (back to draft).
import type { z } from 'zod';
import type { ZEditMessageRequest } from '../../core/api/messages.js';
import { latestFactSheet } from '../../store/repos/incidents.js';
import { replaceContents, updateMessage, voidApprovals } from '../../store/repos/messages.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { checkStatusPart, statusPartsOf, writeStatusPart } from '../status-page/message-update.js';
import {
  audienceOf,
  channelsOf,
  checkChannels,
  checkContents,
  contentRows,
  loadMessage,
  requireRevision,
  requireState,
} from './support.js';

type EditInput = z.infer<typeof ZEditMessageRequest>;

export async function editMessage(
  ctx: Ctx,
  incidentKey: string,
  messageId: string,
  input: EditInput,
): Promise<void> {
  await inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const message = await loadMessage(u.tx, incident, messageId);
    requireState(message, 'edit');
    requireRevision(message, input.revision);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = audienceOf(plan, message.audience_id);
    if (input.channels) checkChannels(audience, input.channels);
    const part =
      input.status_page !== undefined
        ? input.status_page
        : (await statusPartsOf(u.tx, [message.id])).get(message.id);
    await checkStatusPart(u.tx, incident, input.channels ?? channelsOf(message), part);
    await writeStatusPart(u.tx, message.id, input.status_page);
    if (input.contents) {
      checkContents(audience, input.contents);
      await replaceContents(u.tx, message.id, contentRows(message.id, input.contents));
    }
    const voided = await voidApprovals(u.tx, message.id, u.now);
    // The writer had the current facts in front of them: the message is now written from that version.
    const facts = await latestFactSheet(u.tx, incident.id);
    await updateMessage(u.tx, message.id, {
      status: 'draft',
      revision: Number(message.revision) + 1,
      updated_at: u.now,
      ...(input.channels ? { channels: JSON.stringify(input.channels) } : {}),
      fact_sheet_version: facts ? Number(facts.version) : message.fact_sheet_version,
    });
    await u.event(
      'message.edited',
      {
        message_id: message.id,
        audience_id: audience.id,
        audience_name: audience.name,
        status_before: message.status,
        approvals_voided: voided,
        channels: input.channels ?? channelsOf(message),
        ...(input.contents ? { languages: input.contents.map((c) => c.language) } : {}),
        ...(input.status_page !== undefined ? { status_page: input.status_page } : {}),
      },
      { chainId: incident.id, subject: message.id },
    );
  });
}
