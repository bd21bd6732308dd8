// An admin changes an account: name, language, access level, or deactivates/reactivates it. Deactivation ends
// the account's sessions and stops its API tokens at once.
import type { z } from 'zod';
import type { ZUpdateAccountRequest } from '../../core/api/accounts.js';
import { DomainError, notFound } from '../../core/errors.js';
import { countActiveAdmins, getAccount, updateAccount } from '../../store/repos/accounts.js';
import { deleteSessionsOf } from '../../store/repos/sessions.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { presentAccount } from './present.js';

export async function updateAccountByAdmin(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof ZUpdateAccountRequest>,
) {
  const admin = requireActor(ctx, 'admin');
  return inTransaction(ctx, async (u) => {
    const row = await getAccount(u.tx, id);
    if (!row) throw notFound('account');

    const wasActive = row.deactivated_at === null;
    const changes: Record<string, string | null> = {};
    if (input.name !== undefined && input.name !== row.name) changes.name = input.name;
    if (input.language !== undefined && input.language !== row.language) changes.language = input.language;
    if (input.access_level !== undefined && input.access_level !== row.access_level)
      changes.access_level = input.access_level;
    if (input.active === false && wasActive) changes.deactivated_at = u.now;
    if (input.active === true && !wasActive) changes.deactivated_at = null;

    const losesAdmin =
      row.access_level === 'admin' &&
      wasActive &&
      (changes.deactivated_at !== undefined || changes.access_level !== undefined);
    if (losesAdmin && row.id === admin.id) throw new DomainError('conflict', 'error.own_account');
    if (losesAdmin && (await countActiveAdmins(u.tx)) <= 1)
      throw new DomainError('conflict', 'error.last_admin');
    if (Object.keys(changes).length === 0) return presentAccount(row);

    await updateAccount(u.tx, id, { ...changes, updated_at: u.now });
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof row]]));
    if (changes.deactivated_at !== undefined) {
      if (changes.deactivated_at !== null) await deleteSessionsOf(u.tx, id);
      await u.event(
        changes.deactivated_at === null ? 'account.reactivated' : 'account.deactivated',
        { email: row.email },
        { subject: id },
      );
      delete changes.deactivated_at;
      delete before.deactivated_at;
    }
    if (Object.keys(changes).length > 0) {
      await u.event('account.updated', { email: row.email, before, after: changes }, { subject: id });
    }
    const updated = await getAccount(u.tx, id);
    return presentAccount(updated!);
  });
}
