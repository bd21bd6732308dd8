// Revokes an intake token: the sender using it is refused from the next request on.
import { conflict, notFound } from '../../core/errors.js';
import { getIntakeToken, revokeIntakeToken as revokeRow } from '../../store/repos/intake-tokens.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';

export async function revokeIntakeToken(ctx: Ctx, id: string): Promise<void> {
  requireActor(ctx, 'admin');
  await inTransaction(ctx, async (u) => {
    const row = await getIntakeToken(u.tx, id);
    if (!row) throw notFound('intake_token');
    if (!(await revokeRow(u.tx, id, u.now))) throw conflict('error.token_revoked');
    await u.event(
      'intake_token.revoked',
      { source: row.source, name: row.name, prefix: row.prefix },
      { subject: id },
    );
  });
}
