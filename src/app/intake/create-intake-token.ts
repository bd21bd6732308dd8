// An admin makes a token for one alert sender; the token is in this answer only, the database keeps its hash.
import { randomUUID } from 'node:crypto';
import type { AlertSource } from '../../core/intake/sources.js';
import { insertIntakeToken } from '../../store/repos/intake-tokens.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { hashSecret, newSecret } from '../security/tokens.js';
import { presentIntakeToken } from './present-intake-token.js';

// Different from API tokens' sb_, so a token pasted in the wrong place is recognisable in logs and support.
export const INTAKE_TOKEN_PREFIX = 'sbi_';

export async function createIntakeToken(ctx: Ctx, input: { source: AlertSource; name: string }) {
  const admin = requireActor(ctx, 'admin');
  return inTransaction(ctx, async (u) => {
    const token = newSecret(INTAKE_TOKEN_PREFIX);
    const row = {
      id: randomUUID(),
      source: input.source,
      name: input.name,
      token_hash: hashSecret(token),
      prefix: token.slice(0, INTAKE_TOKEN_PREFIX.length + 6),
      created_at: u.now,
      created_by: admin.id,
      last_used_at: null,
      revoked_at: null,
    };
    await insertIntakeToken(u.tx, row);
    await u.event(
      'intake_token.created',
      { source: row.source, name: row.name, prefix: row.prefix },
      { subject: row.id },
    );
    return { token, intake_token: presentIntakeToken(row) };
  });
}
