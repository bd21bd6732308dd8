// A person changes their own name or language.
import type { z } from 'zod';
import type { ZUpdateMeRequest } from '../../core/api/accounts.js';
import { notFound } from '../../core/errors.js';
import { getAccount, updateAccount } from '../../store/repos/accounts.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { presentAccount } from './present.js';

export async function updateOwnAccount(ctx: Ctx, input: z.infer<typeof ZUpdateMeRequest>) {
  const me = requireActor(ctx);
  return inTransaction(ctx, async (u) => {
    const row = await getAccount(u.tx, me.id);
    if (!row) throw notFound('account');
    const changes: Record<string, string> = {};
    if (input.name !== undefined && input.name !== row.name) changes.name = input.name;
    if (input.language !== undefined && input.language !== row.language) changes.language = input.language;
    if (Object.keys(changes).length === 0) return presentAccount(row);
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof row]]));
    await updateAccount(u.tx, me.id, { ...changes, updated_at: u.now });
    await u.event('account.updated', { email: row.email, before, after: changes }, { subject: me.id });
    return presentAccount({ ...row, ...changes });
  });
}
