// An admin tries a failed delivery again by hand.
import { DomainError, notFound } from '../../core/errors.js';
import { getDelivery, requeue } from '../../store/repos/outbox.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';

export async function retryDelivery(ctx: Ctx, id: string): Promise<void> {
  requireActor(ctx, 'admin');
  await inTransaction(ctx, async (u) => {
    const d = await getDelivery(u.tx, id);
    if (!d) throw notFound('delivery');
    if (!(await requeue(u.tx, id, u.now))) throw new DomainError('conflict', 'error.not_failed');
    await u.event(
      'delivery.retried',
      { channel: d.channel, recipient: d.recipient, attempts: d.attempts },
      { subject: id },
    );
  });
  ctx.wakeOutbox();
}
