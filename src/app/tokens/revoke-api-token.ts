// Revokes an API token: its owner or an admin; it stops working at once.
import { DomainError, notFound } from '../../core/errors.js';
import { hasAccess } from '../../core/access.js';
import { getApiToken, revokeApiToken as revokeRow } from '../../store/repos/sessions.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';

export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  const me = requireActor(ctx);
  await inTransaction(ctx, async (u) => {
    const row = await getApiToken(u.tx, id);
    // Someone else's token is "not found" to a non-admin: its existence is not theirs to know.
    if (!row || (row.account_id !== me.id && !hasAccess(me.level, 'admin'))) throw notFound('token');
    if (row.revoked_at) throw new DomainError('conflict', 'error.token_revoked');
    await revokeRow(u.tx, id, u.now);
    await u.event(
      'api_token.revoked',
      { name: row.name, prefix: row.prefix, owner: row.account_id },
      { subject: id },
    );
  });
}
