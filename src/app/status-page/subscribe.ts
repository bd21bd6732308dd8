// Someone subscribes on the public status page: a pending subscriber and the double opt-in mail. The answer is
// the same whether the address is new, pending or already confirmed, so the form tells nobody who subscribed.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ZEmail, ZLanguage, type Language } from '../../core/api/common.js';
import { DomainError, type FieldProblem } from '../../core/errors.js';
import { afterFailure, retryAfterSeconds, type ThrottleRule } from '../../core/throttle.js';
import type { Tx } from '../../store/db.js';
import {
  findSubscriberByAddress,
  insertSubscriber,
  lockSubscribeKey,
  pageComponents,
  updateSubscriber,
  type SubscriberRow,
} from '../../store/repos/status-subscribers.js';
import { getThrottle, setThrottle } from '../../store/repos/throttle.js';
import { inTransaction, type Ctx, type Unit } from '../context.js';
import {
  OPT_IN_PER_ADDRESS,
  SUBSCRIBE_PER_IP,
  componentIdsJson,
  newSubscriberToken,
  optInDelivery,
  senderOf,
} from './subscribers-support.js';

/** The public form's fields as they arrive (urlencoded: a field sent twice is a list). */
export const ZSubscribeForm = z.object({
  email: ZEmail,
  language: ZLanguage,
  components: z
    .union([z.string(), z.array(z.string())], { error: 'field.list' })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().max(100, { error: 'field.too_long' })).max(100, { error: 'field.too_many' })),
});
export type SubscribeForm = z.output<typeof ZSubscribeForm>;

async function throttleState(tx: Tx, key: string) {
  const row = await getThrottle(tx, key);
  return row && { failures: Number(row.failures), windowStartedAt: row.window_started_at };
}

/** Counts one use of `key`; false (and nothing counted) when its window is full. */
async function take(tx: Tx, key: string, rule: ThrottleRule, now: Date): Promise<number> {
  const state = await throttleState(tx, key);
  const wait = retryAfterSeconds(state, rule, now);
  if (wait > 0) return wait;
  const next = afterFailure(state, rule, now);
  await setThrottle(tx, key, next.failures, next.windowStartedAt);
  return 0;
}

function tooMany(seconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new DomainError('rate_limited', 'error.subscribe_rate_limited', { minutes }, [], seconds);
}

/** Component ids that are not on the page, as field problems (nothing is stored then). */
export async function unknownComponents(
  tx: Tx,
  ids: readonly string[],
  field: string,
): Promise<FieldProblem[]> {
  if (ids.length === 0) return [];
  const known = new Set((await pageComponents(tx)).map((c) => c.id));
  return ids
    .filter((id) => !known.has(id))
    .map((id) => ({ field, key: 'field.component_unknown', params: { id } }));
}

/** Sends the opt-in mail unless this address had its share this hour (the answer does not say). */
async function sendOptIn(ctx: Ctx, u: Unit, row: SubscriberRow): Promise<void> {
  const addressKey = `subscribe-mail:${createHash('sha256').update(row.address).digest('hex')}`;
  if ((await take(u.tx, addressKey, OPT_IN_PER_ADDRESS, ctx.clock.now())) > 0) return;
  await u.deliver(optInDelivery(ctx, await senderOf(u.tx), row, u.now));
}

export async function subscribe(
  ctx: Ctx,
  form: SubscribeForm,
): Promise<{ email: string; language: Language }> {
  const now = ctx.clock.now();
  const ipKey = `subscribe:${ctx.ip ?? 'unknown'}`;
  const early = retryAfterSeconds(await throttleState(ctx.store.db, ipKey), SUBSCRIBE_PER_IP, now);
  if (early > 0) throw tooMany(early);
  const problems = await unknownComponents(ctx.store.db, form.components, 'components');
  if (problems.length > 0) throw new DomainError('invalid', 'error.invalid', {}, problems);

  // Nobody is logged in on the form; the subscriber's own id is what the timeline names.
  await inTransaction({ ...ctx, actor: null }, async (u) => {
    await lockSubscribeKey(u.tx, ctx.store.dialect, ipKey);
    const wait = await take(u.tx, ipKey, SUBSCRIBE_PER_IP, now);
    if (wait > 0) throw tooMany(wait);

    const components = componentIdsJson(form.components);
    const fresh: SubscriberRow = {
      id: randomUUID(),
      kind: 'email',
      address: form.email,
      language: form.language,
      component_ids: components,
      token: newSubscriberToken(),
      created_at: u.now,
      confirmed_at: null,
      unsubscribed_at: null,
      source: 'form',
    };
    let row = fresh;
    if (!(await insertSubscriber(u.tx, fresh))) {
      const existing = await findSubscriberByAddress(u.tx, 'email', form.email);
      if (!existing) return;
      // Confirmed and still subscribed: nothing to do, and nothing that says so.
      if (existing.confirmed_at && !existing.unsubscribed_at) return;
      // Pending, or subscribing again after leaving: new choices, a new link, confirmed again by mail.
      const patch = {
        language: form.language,
        component_ids: components,
        token: existing.unsubscribed_at ? newSubscriberToken() : existing.token,
        confirmed_at: null,
        unsubscribed_at: null,
      };
      await updateSubscriber(u.tx, existing.id, patch);
      row = { ...existing, ...patch };
    }
    await u.event(
      'status_subscriber.requested',
      {
        subscriber_id: row.id,
        kind: 'email',
        language: row.language,
        component_ids: form.components.length > 0 ? [...new Set(form.components)] : null,
        source: 'form',
      },
      { subject: row.id },
    );
    await sendOptIn(ctx, u, row);
  });
  return { email: form.email, language: form.language };
}
