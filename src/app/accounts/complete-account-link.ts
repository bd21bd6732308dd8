// Sets the password from an invitation or reset link (used once), ends other sessions, and logs the person in.
import type { z } from 'zod';
import type { ZCompleteAccountTokenRequest } from '../../core/api/accounts.js';
import { DomainError } from '../../core/errors.js';
import { getAccount, updateAccount } from '../../store/repos/accounts.js';
import { deleteSessionsOf, findAccountToken, useAccountToken } from '../../store/repos/sessions.js';
import { inTransaction, type Ctx } from '../context.js';
import { hashPassword } from '../security/password.js';
import { hashSecret } from '../security/tokens.js';
import { startSession } from '../auth/start-session.js';
import { actorFromRow, presentAccount } from './present.js';
import { LINK_GUESSES, withinPublicLimit } from '../security/public-throttle.js';

export async function completeAccountLink(ctx: Ctx, input: z.infer<typeof ZCompleteAccountTokenRequest>) {
  return withinPublicLimit(ctx, LINK_GUESSES, async () => {
    const passwordHash = await hashPassword(input.password);
    const invalid = () => new DomainError('not_found', 'error.token_invalid');
    const token = await findAccountToken(ctx.store.db, hashSecret(input.token));
    if (!token) throw invalid();
    const account = await getAccount(ctx.store.db, token.account_id);
    if (!account || account.deactivated_at) throw invalid();

    return inTransaction({ ...ctx, actor: actorFromRow(account, 'session') }, async (u) => {
      if (token.expires_at <= u.now || !(await useAccountToken(u.tx, token.id, u.now))) throw invalid();
      await updateAccount(u.tx, account.id, { password_hash: passwordHash, updated_at: u.now });
      await deleteSessionsOf(u.tx, account.id);
      await u.event(
        'account.password_set',
        { email: account.email, via: token.purpose },
        { subject: account.id },
      );
      const session = await startSession(u.tx, ctx.config, account.id, ctx.clock.now());
      return { account: presentAccount({ ...account, password_hash: passwordHash }), session };
    });
  });
}
