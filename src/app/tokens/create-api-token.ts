// Creates an API token for the caller (or, from the CLI, for a named account); the token is shown only now.
import { randomUUID } from 'node:crypto';
import { notFound } from '../../core/errors.js';
import { getAccount } from '../../store/repos/accounts.js';
import { insertApiToken } from '../../store/repos/sessions.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../security/tokens.js';
import { presentToken } from './present.js';

export async function createApiToken(ctx: Ctx, input: { name: string }) {
  const me = requireActor(ctx);
  return inTransaction(ctx, async (u) => {
    const account = await getAccount(u.tx, me.id);
    if (!account) throw notFound('account');
    const token = newSecret(API_TOKEN_PREFIX);
    const row = {
      id: randomUUID(),
      account_id: me.id,
      name: input.name,
      token_hash: hashSecret(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      created_at: u.now,
      last_used_at: null,
      revoked_at: null,
    };
    await insertApiToken(u.tx, row);
    await u.event('api_token.created', { name: row.name, prefix: row.prefix }, { subject: row.id });
    return { token, api_token: presentToken({ ...row, account_name: account.name }) };
  });
}
