// Admins list the status page's subscribers, with a search and the counts per state.
import { z } from 'zod';
import { subscriberKinds, subscriberStates, type Subscriber } from '../../core/api/status-page.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { countSubscribersByState, listSubscribers } from '../../store/repos/status-subscribers.js';
import { requireActor, type Ctx } from '../context.js';
import { presentSubscriber } from './subscribers-support.js';

export const ZSubscriberListQuery = z.object({
  q: z.string().trim().max(200, { error: 'field.too_long' }).optional(),
  kind: z.enum(subscriberKinds, { error: 'field.enum' }).optional(),
  state: z.enum(subscriberStates, { error: 'field.enum' }).optional(),
});

/** At most this many rows in one answer (the counts are of all); the CSV export has every one. */
export const LIST_LIMIT = 500;

export async function listStatusSubscribers(ctx: Ctx, query: z.output<typeof ZSubscriberListQuery>) {
  requireActor(ctx, 'admin');
  const db = ctx.store.db;
  const org = await getOrganisation(db);
  const rows = await listSubscribers(db, {
    q: query.q || undefined,
    kind: query.kind,
    state: query.state,
    limit: LIST_LIMIT,
  });
  const items: Subscriber[] = rows.map((r) => presentSubscriber(r, org?.secret ?? null));
  return { items, counts: await countSubscribersByState(db) };
}
