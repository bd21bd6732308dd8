// Publishes an approved message: from now on it never changes, and its deliveries are written in the same
// transaction (the outbox), so a publication is never half-sent. Exercise deliveries are captured, not sent.
import { DomainError } from '../../core/errors.js';
import { webhookSigningSecret } from '../../core/message/webhook-secret.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { getMessage, listContents, updateMessage } from '../../store/repos/messages.js';
import { listRecipients } from '../../store/repos/recipients.js';
import { inTransaction, type Ctx } from '../context.js';
import { applyStatusPart } from '../status-page/message-update.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { deliveriesOf } from './fan-out.js';
import { audienceOf, channelsOf, loadMessage, requireRevision, requireState } from './support.js';

export async function publishMessage(
  ctx: Ctx,
  incidentKey: string,
  messageId: string,
  revision: number,
): Promise<void> {
  await inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const message = await loadMessage(u.tx, incident, messageId);
    requireState(message, 'publish');
    requireRevision(message, revision);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = audienceOf(plan, message.audience_id);
    const organisation = await getOrganisation(u.tx);
    if (!organisation) throw new DomainError('setup_required', 'error.setup_required');
    const corrected = message.corrects_id
      ? await getMessage(u.tx, incident.id, message.corrects_id)
      : undefined;
    const channels = channelsOf(message);
    const contents = (await listContents(u.tx, [message.id])).map((c) => ({
      language: c.language as 'nl' | 'en',
      subject: c.subject,
      body: c.body,
    }));
    const deliveries = deliveriesOf({
      messageId: message.id,
      incident: {
        id: incident.id,
        reference: incident.reference,
        title: incident.title,
        exercise: Boolean(incident.exercise),
      },
      plan,
      audience,
      channels,
      contents,
      kind: message.kind,
      corrects: corrected?.published_at ? { id: corrected.id, publishedAt: corrected.published_at } : null,
      publishedAt: u.now,
      publicUrl: ctx.config.publicUrl,
      webhookSecret: webhookSigningSecret(organisation.secret),
      uploaded: channels.includes('email')
        ? (await listRecipients(u.tx, incident.id, audience.id)).map((r) => ({
            email: r.email,
            name: r.name,
            language: r.language as 'nl' | 'en',
          }))
        : [],
    });
    for (const d of deliveries) await u.deliver(d);
    await updateMessage(u.tx, message.id, {
      status: 'published',
      published_at: u.now,
      published_by: ctx.actor!.id,
    });
    await u.event(
      'message.published',
      {
        message_id: message.id,
        audience_id: audience.id,
        audience_name: audience.name,
        channels,
        languages: contents.map((c) => c.language),
        deliveries: deliveries.length,
        captured: Boolean(incident.exercise),
        ...(message.corrects_id ? { corrects_id: message.corrects_id } : {}),
      },
      { chainId: incident.id, subject: message.id },
    );
    // The status page shows it from now on: components take the statuses the update sets, subscribers are told.
    await applyStatusPart(u, ctx, incident, message.id, channels, contents);
  });
}
