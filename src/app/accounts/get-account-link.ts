// Tells the set-password page whom a one-time link is for, if it is still valid.
import { DomainError } from '../../core/errors.js';
import type { Language } from '../../core/api/common.js';
import { getAccount } from '../../store/repos/accounts.js';
import { findAccountToken } from '../../store/repos/sessions.js';
import type { Ctx } from '../context.js';
import { hashSecret } from '../security/tokens.js';
import { LINK_GUESSES, withinPublicLimit } from '../security/public-throttle.js';

export async function getAccountLink(ctx: Ctx, token: string) {
  return withinPublicLimit(ctx, LINK_GUESSES, async () => {
    const row = await findAccountToken(ctx.store.db, hashSecret(token));
    const now = ctx.clock.now().toISOString();
    if (!row || row.used_at || row.expires_at <= now)
      throw new DomainError('not_found', 'error.token_invalid');
    const account = await getAccount(ctx.store.db, row.account_id);
    if (!account || account.deactivated_at) throw new DomainError('not_found', 'error.token_invalid');
    return {
      purpose: row.purpose as 'invitation' | 'password_reset',
      email: account.email,
      name: account.name,
      language: account.language as Language,
    };
  });
}
