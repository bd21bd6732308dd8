// The public forms that need no account: one network address may only try so often. A script guessing secret links
// (a password link, a contact check, a subscription) stops after a few wrong ones; a form that sends mail (a password
// reset) cannot be used to flood inboxes. Counted in the throttle table, so every process shares the count.
import { DomainError } from '../../core/errors.js';
import {
  LINK_GUESSES_PER_IP,
  RESET_REQUESTS_PER_IP,
  afterFailure,
  retryAfterSeconds,
  type ThrottleRule,
} from '../../core/throttle.js';
import { getThrottle, setThrottle } from '../../store/repos/throttle.js';
import { inTransaction, type Ctx } from '../context.js';

export interface PublicLimit {
  /** Names the form in the throttle key (`link-ip`, `reset-ip`). */
  scope: string;
  rule: ThrottleRule;
  /** `every`: each request counts; `refused`: only a request that found nothing (a wrong link) counts. */
  counts: 'every' | 'refused';
}

function rateLimited(seconds: number): DomainError {
  return new DomainError(
    'rate_limited',
    'error.rate_limited',
    { minutes: Math.max(1, Math.ceil(seconds / 60)) },
    [],
    seconds,
  );
}

async function count(ctx: Ctx, key: string, rule: ThrottleRule): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction({ ...ctx, actor: null }, async (u) => {
    const row = await getThrottle(u.tx, key);
    const next = afterFailure(
      row && { failures: Number(row.failures), windowStartedAt: row.window_started_at },
      rule,
      now,
    );
    await setThrottle(u.tx, key, next.failures, next.windowStartedAt);
  });
}

/** Runs `work` unless this address has used up its attempts (then a 429 with Retry-After), and counts it. */
export async function withinPublicLimit<T>(ctx: Ctx, limit: PublicLimit, work: () => Promise<T>): Promise<T> {
  const key = `${limit.scope}:${ctx.ip ?? 'unknown'}`;
  const row = await getThrottle(ctx.store.db, key);
  const wait = retryAfterSeconds(
    row && { failures: Number(row.failures), windowStartedAt: row.window_started_at },
    limit.rule,
    ctx.clock.now(),
  );
  if (wait > 0) throw rateLimited(wait);
  if (limit.counts === 'every') await count(ctx, key, limit.rule);
  try {
    return await work();
  } catch (error) {
    if (limit.counts === 'refused' && error instanceof DomainError && error.code === 'not_found')
      await count(ctx, key, limit.rule);
    throw error;
  }
}

/** Opening or using a secret link: only wrong links count. */
export const LINK_GUESSES: PublicLimit = { scope: 'link-ip', rule: LINK_GUESSES_PER_IP, counts: 'refused' };

/** Asking for a password reset: every request counts. */
export const RESET_REQUESTS: PublicLimit = {
  scope: 'reset-ip',
  rule: RESET_REQUESTS_PER_IP,
  counts: 'every',
};
