// Admins see the outbox: what went out, what waits, what failed and why.
import { listDeliveries as listRows, type Delivery, type DeliveryStatus } from '../../store/repos/outbox.js';
import { requireActor, type Ctx } from '../context.js';

export async function listDeliveries(ctx: Ctx, options: { status?: DeliveryStatus }) {
  requireActor(ctx, 'admin');
  const rows = await listRows(ctx.store.db, {
    ...(options.status ? { status: options.status } : {}),
    limit: 200,
  });
  return {
    items: rows.map((d) => ({
      ...presentDelivery(d),
      subject:
        typeof (d.payload as { subject?: unknown })?.subject === 'string'
          ? (d.payload as { subject: string }).subject
          : null,
    })),
  };
}

/** A delivery as the API shows it: never its payload, which can hold a webhook URL's secret path. */
export function presentDelivery(d: Delivery) {
  return {
    id: d.id,
    channel: d.channel,
    recipient: d.recipient,
    status: d.status,
    attempts: d.attempts,
    max_attempts: d.maxAttempts,
    next_attempt_at: d.nextAttemptAt,
    last_error: d.lastError,
    created_at: d.createdAt,
    sent_at: d.sentAt,
  };
}
