// The deliveries of one message with their attempts, and a retry by hand of one that failed.
import type { z } from 'zod';
import type { ZMessageDeliveryList } from '../../core/api/messages.js';
import { DomainError, notFound } from '../../core/errors.js';
import { getDelivery, listAttempts, listDeliveries, requeue } from '../../store/repos/outbox.js';
import { inTransaction, type Ctx } from '../context.js';
import { presentDelivery } from '../outbox/list-deliveries.js';
import { loadIncidentForAction, loadIncidentForRead } from '../incidents/access.js';
import { loadMessage } from './support.js';
import { maskAddress } from '../../core/mail/mask-address.js';

export async function listMessageDeliveries(
  ctx: Ctx,
  incidentKey: string,
  messageId: string,
): Promise<z.infer<typeof ZMessageDeliveryList>> {
  const tx = ctx.store.db;
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const message = await loadMessage(tx, incident, messageId);
  const rows = await listDeliveries(tx, { messageId: message.id, limit: 10_000 });
  // A viewer sees who was reached by domain only: the addresses are the responders' to handle.
  const masked = ctx.actor?.level === 'viewer';
  const items = [];
  for (const d of rows.sort((a, b) => a.recipient.localeCompare(b.recipient))) {
    const attempts = await listAttempts(tx, d.id);
    items.push({
      ...presentDelivery(d),
      ...(masked && d.channel === 'email' ? { recipient: maskAddress(d.recipient) } : {}),
      language: d.language,
      history: attempts.map((a) => ({ at: a.at, ok: Boolean(a.ok), error: a.error })),
    });
  }
  return { items };
}

export async function retryMessageDelivery(
  ctx: Ctx,
  incidentKey: string,
  messageId: string,
  deliveryId: string,
): Promise<void> {
  await inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const message = await loadMessage(u.tx, incident, messageId);
    const d = await getDelivery(u.tx, deliveryId);
    if (!d || d.messageId !== message.id) throw notFound('delivery');
    if (!(await requeue(u.tx, d.id, u.now))) throw new DomainError('conflict', 'error.not_failed');
    await u.event(
      'delivery.retried',
      { message_id: message.id, channel: d.channel, recipient: d.recipient, attempts: d.attempts },
      { chainId: incident.id, subject: d.id },
    );
  });
  ctx.wakeOutbox();
}
