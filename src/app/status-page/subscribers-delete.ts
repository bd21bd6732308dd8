// An admin removes a subscriber for good (the row goes; the timeline keeps that it happened, by id).
import { notFound } from '../../core/errors.js';
import { deleteSubscriber, getSubscriber } from '../../store/repos/status-subscribers.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';

export async function deleteStatusSubscriber(ctx: Ctx, id: string): Promise<void> {
  requireActor(ctx, 'admin');
  await inTransaction(ctx, async (u) => {
    const row = await getSubscriber(u.tx, id);
    if (!row || !(await deleteSubscriber(u.tx, id))) throw notFound('subscriber');
    await u.event('status_subscriber.deleted', { subscriber_id: id, kind: row.kind }, { subject: id });
  });
}
