// A person changes their own password; their other sessions end.
import type { z } from 'zod';
import type { ZChangePasswordRequest } from '../../core/api/accounts.js';
import { DomainError, notFound } from '../../core/errors.js';
import { getAccount, updateAccount } from '../../store/repos/accounts.js';
import { deleteSessionsOf } from '../../store/repos/sessions.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { hashPassword, verifyPassword } from '../security/password.js';
import { hashSecret } from '../security/tokens.js';

export async function changePassword(
  ctx: Ctx,
  input: z.infer<typeof ZChangePasswordRequest>,
  currentSession?: string,
) {
  const me = requireActor(ctx);
  const row = await getAccount(ctx.store.db, me.id);
  if (!row) throw notFound('account');
  if (!(await verifyPassword(input.current_password, row.password_hash))) {
    throw new DomainError('invalid', 'error.invalid', {}, [
      { field: 'current_password', key: 'error.wrong_password' },
    ]);
  }
  const hash = await hashPassword(input.new_password);
  await inTransaction(ctx, async (u) => {
    await updateAccount(u.tx, me.id, { password_hash: hash, updated_at: u.now });
    await deleteSessionsOf(u.tx, me.id, currentSession ? hashSecret(currentSession) : undefined);
    await u.event('account.password_changed', { email: row.email }, { subject: me.id });
  });
}
