// Logs a person in with email and password, throttling repeated failures per email and per address.
import type { z } from 'zod';
import type { ZLoginRequest } from '../../core/api/accounts.js';
import { DomainError } from '../../core/errors.js';
import {
  LOGIN_PER_EMAIL,
  LOGIN_PER_IP,
  afterFailure,
  retryAfterSeconds,
  type ThrottleRule,
} from '../../core/throttle.js';
import { getAccountByEmail } from '../../store/repos/accounts.js';
import { clearThrottle, getThrottle, setThrottle } from '../../store/repos/throttle.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { verifyPassword } from '../security/password.js';
import { startSession } from './start-session.js';
import { actorFromRow, presentAccount } from '../accounts/present.js';

function rateLimited(seconds: number): DomainError {
  return new DomainError(
    'rate_limited',
    'error.rate_limited',
    { minutes: Math.max(1, Math.ceil(seconds / 60)) },
    [],
    seconds,
  );
}

async function waitFor(tx: Tx, keys: Array<[string, ThrottleRule]>, now: Date): Promise<number> {
  let wait = 0;
  for (const [key, rule] of keys) {
    const row = await getThrottle(tx, key);
    const state = row && { failures: Number(row.failures), windowStartedAt: row.window_started_at };
    wait = Math.max(wait, retryAfterSeconds(state, rule, now));
  }
  return wait;
}

export async function login(ctx: Ctx, input: z.infer<typeof ZLoginRequest>) {
  const now = ctx.clock.now();
  const keys: Array<[string, ThrottleRule]> = [[`email:${input.email}`, LOGIN_PER_EMAIL]];
  if (ctx.ip) keys.push([`ip:${ctx.ip}`, LOGIN_PER_IP]);

  const before = await waitFor(ctx.store.db, keys, now);
  if (before > 0) throw rateLimited(before);

  const account = await getAccountByEmail(ctx.store.db, input.email);
  const ok =
    (await verifyPassword(input.password, account?.password_hash ?? null)) &&
    !!account &&
    !account.deactivated_at;

  if (!ok) {
    const wait = await inTransaction({ ...ctx, actor: null }, async (u) => {
      for (const [key, rule] of keys) {
        const row = await getThrottle(u.tx, key);
        const next = afterFailure(
          row && { failures: Number(row.failures), windowStartedAt: row.window_started_at },
          rule,
          now,
        );
        await setThrottle(u.tx, key, next.failures, next.windowStartedAt);
      }
      if (account)
        await u.event(
          'auth.login_failed',
          { email: input.email, ip: ctx.ip ?? null },
          { subject: account.id },
        );
      return waitFor(u.tx, keys, now);
    });
    if (wait > 0) throw rateLimited(wait);
    throw new DomainError('invalid_credentials', 'error.invalid_credentials');
  }

  return inTransaction({ ...ctx, actor: actorFromRow(account, 'session') }, async (u) => {
    await clearThrottle(u.tx, `email:${input.email}`);
    await u.event('auth.login', { ip: ctx.ip ?? null }, { subject: account.id });
    const session = await startSession(u.tx, ctx.config, account.id, now);
    return { account: presentAccount(account), session };
  });
}
