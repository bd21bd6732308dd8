// An admin adds a subscriber: a webhook is confirmed at once (the admin configures it); an email address gets the
// opt-in mail like the public form's, because only its owner can consent.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ZEmail } from '../../core/api/common.js';
import type { Subscriber, ZCreateSubscriberRequest } from '../../core/api/status-page.js';
import { DomainError, invalid } from '../../core/errors.js';
import { isHttpUrl } from '../../delivery/http-post.js';
import {
  findSubscriberByAddress,
  insertSubscriber,
  updateSubscriber,
  type SubscriberRow,
} from '../../store/repos/status-subscribers.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { unknownComponents } from './subscribe.js';
import {
  componentIdsJson,
  newSubscriberToken,
  optInDelivery,
  presentSubscriber,
  senderOf,
} from './subscribers-support.js';

type CreateInput = z.output<typeof ZCreateSubscriberRequest>;

function addressOf(input: CreateInput): string {
  if (input.kind === 'email') {
    const parsed = ZEmail.safeParse(input.address);
    if (!parsed.success) throw invalid('address', 'field.email');
    return parsed.data;
  }
  if (!isHttpUrl(input.address)) throw invalid('address', 'field.webhook_url');
  return input.address;
}

export async function addStatusSubscriber(ctx: Ctx, input: CreateInput): Promise<Subscriber> {
  requireActor(ctx, 'admin');
  const address = addressOf(input);
  const componentIds = input.component_ids ?? null;
  const problems = await unknownComponents(ctx.store.db, componentIds ?? [], 'component_ids');
  if (problems.length > 0) throw new DomainError('invalid', 'error.invalid', {}, problems);
  return inTransaction(ctx, async (u) => {
    const sender = await senderOf(u.tx);
    const webhook = input.kind === 'webhook';
    const fresh: SubscriberRow = {
      id: randomUUID(),
      kind: input.kind,
      address,
      language: input.language,
      component_ids: componentIdsJson(componentIds),
      token: newSubscriberToken(),
      created_at: u.now,
      confirmed_at: webhook ? u.now : null,
      unsubscribed_at: null,
      source: 'admin',
    };
    let row = fresh;
    if (!(await insertSubscriber(u.tx, fresh))) {
      const existing = (await findSubscriberByAddress(u.tx, input.kind, address))!;
      // Still subscribed (or waiting for the owner's confirmation): one row, unchanged.
      if (!existing.unsubscribed_at) return presentSubscriber(existing, sender.secret);
      const patch = {
        language: fresh.language,
        component_ids: fresh.component_ids,
        token: fresh.token,
        confirmed_at: fresh.confirmed_at,
        unsubscribed_at: null,
        source: 'admin',
      };
      await updateSubscriber(u.tx, existing.id, patch);
      row = { ...existing, ...patch };
    }
    await u.event(
      'status_subscriber.added',
      {
        subscriber_id: row.id,
        kind: row.kind,
        language: row.language,
        component_ids: componentIds && componentIds.length > 0 ? [...new Set(componentIds)] : null,
        confirmed: row.confirmed_at !== null,
      },
      { subject: row.id },
    );
    if (!webhook) await u.deliver(optInDelivery(ctx, sender, row, u.now));
    return presentSubscriber(row, sender.secret);
  });
}
