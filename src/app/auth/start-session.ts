// Opens a server-side session for an account inside the caller's transaction; returns the cookie values.
import type { Config } from '../../config.js';
import { insertSession } from '../../store/repos/sessions.js';
import type { Tx } from '../../store/db.js';
import { hashSecret, newSecret } from '../security/tokens.js';

export interface SessionCookies {
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

export async function startSession(
  tx: Tx,
  config: Config,
  accountId: string,
  now: Date,
): Promise<SessionCookies> {
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + config.sessionMaxHours * 3600_000).toISOString();
  await insertSession(tx, {
    id_hash: hashSecret(sessionToken),
    account_id: accountId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { sessionToken, csrfToken, expiresAt };
}
