// An admin sends a fresh invitation link to an account that has not chosen a password yet (the old link dies).
import { DomainError, notFound } from '../../core/errors.js';
import { getAccount } from '../../store/repos/accounts.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { sendAccountLink } from './send-account-link.js';

export async function resendInvitation(ctx: Ctx, id: string): Promise<void> {
  const admin = requireActor(ctx, 'admin');
  await inTransaction(ctx, async (u) => {
    const row = await getAccount(u.tx, id);
    if (!row) throw notFound('account');
    if (row.deactivated_at) throw new DomainError('conflict', 'error.forbidden');
    await sendAccountLink(
      u,
      ctx.config,
      row,
      row.password_hash ? 'password_reset' : 'invitation',
      admin.name,
    );
    await u.event('account.invited', { email: row.email }, { subject: row.id });
  });
}
