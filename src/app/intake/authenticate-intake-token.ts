// Checks the bearer token of an alert sender: it must be a live intake token made for this very source.
import { DomainError } from '../../core/errors.js';
import type { AlertSource } from '../../core/intake/sources.js';
import { findIntakeTokenByHash, markIntakeTokenUsed } from '../../store/repos/intake-tokens.js';
import type { IntakeTokenTable } from '../../store/schema.js';
import type { Ctx } from '../context.js';
import { hashSecret } from '../security/tokens.js';

// Writing last_used_at on every alert would add a write per alert; once a minute tells admins enough.
const TOUCH_EVERY_MS = 60_000;

export async function authenticateIntakeToken(
  ctx: Ctx,
  source: AlertSource,
  authorization: string | undefined,
): Promise<IntakeTokenTable> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const row = token ? await findIntakeTokenByHash(ctx.store.db, hashSecret(token)) : undefined;
  // One answer for every way of failing, so a caller learns nothing about which tokens exist.
  if (!row || row.revoked_at || row.source !== source) {
    throw new DomainError('unauthenticated', 'error.intake_token', { source });
  }
  const now = ctx.clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOUCH_EVERY_MS) {
    await markIntakeTokenUsed(ctx.store.db, row.id, now.toISOString());
  }
  return row;
}
