// A subscriber confirms from the link in the opt-in mail. Opening the link shows a button (mail scanners open
// links); only the POST confirms. No account: the link's token is the key.
import type { Language } from '../../core/api/common.js';
import { DomainError } from '../../core/errors.js';
import {
  confirmSubscriber,
  findSubscriberByToken,
  stateOf,
  type SubscriberRow,
  type SubscriberState,
} from '../../store/repos/status-subscribers.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { TOKEN_PATTERN, senderOf } from './subscribers-support.js';
import { LINK_GUESSES, withinPublicLimit } from '../security/public-throttle.js';

export interface SubscriptionView {
  state: SubscriberState;
  kind: string;
  address: string;
  language: Language;
  /** The name the page and the mails carry. */
  organisation: string;
}

const unknownLink = () => new DomainError('not_found', 'error.not_found', { what: 'subscriber' });

export async function subscriberByToken(tx: Tx, token: string): Promise<SubscriberRow> {
  if (!TOKEN_PATTERN.test(token)) throw unknownLink();
  const row = await findSubscriberByToken(tx, token);
  if (!row) throw unknownLink();
  return row;
}

export async function viewOf(tx: Tx, row: SubscriberRow): Promise<SubscriptionView> {
  return {
    state: stateOf(row),
    kind: row.kind,
    address: row.address,
    language: row.language === 'nl' ? 'nl' : 'en',
    organisation: (await senderOf(tx)).name,
  };
}

/** What the link's page shows before the button is pressed (opening it changes nothing). */
export async function getSubscription(ctx: Ctx, token: string): Promise<SubscriptionView> {
  return withinPublicLimit(ctx, LINK_GUESSES, async () => {
    return viewOf(ctx.store.db, await subscriberByToken(ctx.store.db, token));
  });
}

/** Confirms a pending subscription; pressing twice is fine; an ended one stays ended. */
export async function confirmSubscription(ctx: Ctx, token: string): Promise<SubscriptionView> {
  return withinPublicLimit(ctx, LINK_GUESSES, async () => {
    return inTransaction({ ...ctx, actor: null }, async (u) => {
      const row = await subscriberByToken(u.tx, token);
      if (await confirmSubscriber(u.tx, row.id, u.now)) {
        await u.event(
          'status_subscriber.confirmed',
          { subscriber_id: row.id, kind: row.kind },
          { subject: row.id },
        );
        return viewOf(u.tx, { ...row, confirmed_at: u.now });
      }
      return viewOf(u.tx, row);
    });
  });
}
