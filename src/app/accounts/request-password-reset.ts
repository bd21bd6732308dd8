// Someone who forgot their password asks for a reset link. The answer never reveals whether the account exists,
// and at most a few links per hour go to one address, so the form cannot be used to flood an inbox.
import { RESET_PER_EMAIL, afterFailure, retryAfterSeconds } from '../../core/throttle.js';
import { getAccountByEmail } from '../../store/repos/accounts.js';
import { getThrottle, setThrottle } from '../../store/repos/throttle.js';
import { inTransaction, type Ctx } from '../context.js';
import { sendAccountLink } from './send-account-link.js';
import { RESET_REQUESTS, withinPublicLimit } from '../security/public-throttle.js';

export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  return withinPublicLimit(ctx, RESET_REQUESTS, async () => {
    const row = await getAccountByEmail(ctx.store.db, email);
    if (!row || row.deactivated_at) return;
    const now = ctx.clock.now();
    await inTransaction({ ...ctx, actor: null }, async (u) => {
      const key = `reset:${row.email}`;
      const t = await getThrottle(u.tx, key);
      const state = t && { failures: Number(t.failures), windowStartedAt: t.window_started_at };
      if (retryAfterSeconds(state, RESET_PER_EMAIL, now) > 0) return;
      const next = afterFailure(state, RESET_PER_EMAIL, now);
      await setThrottle(u.tx, key, next.failures, next.windowStartedAt);
      await sendAccountLink(
        u,
        ctx.config,
        row,
        row.password_hash ? 'password_reset' : 'invitation',
        row.name,
      );
      await u.event(
        'account.password_reset_requested',
        { email: row.email, ip: ctx.ip ?? null },
        { subject: row.id },
      );
    });
  });
}
