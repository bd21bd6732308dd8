// Finds who is calling from a session cookie or a bearer API token; a deactivated account gets nobody.
import { getAccount } from '../../store/repos/accounts.js';
import {
  deleteSession,
  findApiToken,
  findSession,
  markApiTokenUsed,
  touchSession,
} from '../../store/repos/sessions.js';
import type { Actor, Services } from '../context.js';
import { hashSecret } from '../security/tokens.js';
import { actorFromRow } from '../accounts/present.js';

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
}

// Writing last_seen_at on every request would make each read a write; once a minute is enough for idle expiry.
const TOUCH_EVERY_MS = 60_000;

export async function authenticateSession(s: Services, sessionToken: string): Promise<SessionActor | null> {
  const idHash = hashSecret(sessionToken);
  const session = await findSession(s.store.db, idHash);
  if (!session || session.deactivated_at) return null;
  const now = s.clock.now();
  const idleLimit = Date.parse(session.last_seen_at) + s.config.sessionIdleHours * 3600_000;
  if (Date.parse(session.expires_at) <= now.getTime() || idleLimit <= now.getTime()) {
    await deleteSession(s.store.db, idHash);
    return null;
  }
  const account = await getAccount(s.store.db, session.account_id);
  if (!account || account.deactivated_at) return null;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
    await touchSession(s.store.db, idHash, now.toISOString());
  }
  return { actor: actorFromRow(account, 'session'), csrfToken: session.csrf_token };
}

export async function authenticateToken(s: Services, token: string): Promise<Actor | null> {
  const row = await findApiToken(s.store.db, hashSecret(token));
  if (!row || row.revoked_at || row.deactivated_at) return null;
  const account = await getAccount(s.store.db, row.account_id);
  if (!account || account.deactivated_at) return null;
  const now = s.clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOUCH_EVERY_MS) {
    await markApiTokenUsed(s.store.db, row.id, now.toISOString());
  }
  return actorFromRow(account, 'token');
}
