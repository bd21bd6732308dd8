// An admin creates an account for a team member; the person gets an invitation email to choose a password.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ZCreateAccountRequest } from '../../core/api/accounts.js';
import { DomainError } from '../../core/errors.js';
import { getAccountByEmail, insertAccount } from '../../store/repos/accounts.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { presentAccount } from './present.js';
import { sendAccountLink } from './send-account-link.js';

export async function createAccount(ctx: Ctx, input: z.infer<typeof ZCreateAccountRequest>) {
  const admin = requireActor(ctx, 'admin');
  return inTransaction(ctx, async (u) => {
    if (await getAccountByEmail(u.tx, input.email)) {
      throw new DomainError('conflict', 'error.email_taken', {}, [
        { field: 'email', key: 'error.email_taken' },
      ]);
    }
    const row = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      language: input.language,
      access_level: input.access_level,
      password_hash: null,
      created_at: u.now,
      updated_at: u.now,
      deactivated_at: null,
    };
    await insertAccount(u.tx, row);
    await u.event(
      'account.created',
      { email: row.email, name: row.name, access_level: row.access_level, language: row.language },
      { subject: row.id },
    );
    await sendAccountLink(u, ctx.config, row, 'invitation', admin.name);
    await u.event('account.invited', { email: row.email }, { subject: row.id });
    return presentAccount(row);
  });
}
