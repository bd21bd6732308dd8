// A subscriber leaves: the button on the page of the mail's link, or the mail client's one-click POST (RFC 8058),
// which comes without cookies or a CSRF token: the link's token is the key.
import { unsubscribeSubscriber } from '../../store/repos/status-subscribers.js';
import { inTransaction, type Ctx } from '../context.js';
import { subscriberByToken, viewOf, type SubscriptionView } from './confirm-subscription.js';
import { LINK_GUESSES, withinPublicLimit } from '../security/public-throttle.js';

export async function unsubscribe(
  ctx: Ctx,
  token: string,
  via: 'page' | 'one_click',
): Promise<SubscriptionView> {
  return withinPublicLimit(ctx, LINK_GUESSES, async () => {
    return inTransaction({ ...ctx, actor: null }, async (u) => {
      const row = await subscriberByToken(u.tx, token);
      if (await unsubscribeSubscriber(u.tx, row.id, u.now)) {
        await u.event(
          'status_subscriber.unsubscribed',
          { subscriber_id: row.id, kind: row.kind, via },
          { subject: row.id },
        );
        return viewOf(u.tx, { ...row, unsubscribed_at: u.now });
      }
      return viewOf(u.tx, row);
    });
  });
}
