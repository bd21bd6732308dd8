// Who is calling: a bearer API token or the session cookie; and the CSRF check for cookie-authenticated changes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Services } from '../app/context.js';
import { authenticateSession, authenticateToken } from '../app/auth/authenticate.js';
import type { SessionCookies } from '../app/auth/start-session.js';

export const SESSION_COOKIE = 'sb_session';
export const CSRF_COOKIE = 'sb_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface Caller {
  actor: Actor | null;
  /** Set when the caller came with a valid session cookie. */
  csrfToken?: string;
  /** Credentials were offered but are not (or no longer) valid. */
  rejected: boolean;
}

export async function identify(s: Services, req: FastifyRequest): Promise<Caller> {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await authenticateToken(s, match[1]!) : null;
    return { actor, rejected: actor === null };
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (cookie) {
    const found = await authenticateSession(s, cookie);
    return found
      ? { actor: found.actor, csrfToken: found.csrfToken, rejected: false }
      : { actor: null, rejected: true };
  }
  return { actor: null, rejected: false };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookie-authenticated changes must echo the session's CSRF token in a header a cross-site form cannot set. */
export function csrfOk(req: FastifyRequest, caller: Caller): boolean {
  if (SAFE_METHODS.has(req.method) || caller.csrfToken === undefined) return true;
  const sent = req.headers[CSRF_HEADER];
  return typeof sent === 'string' && sent.length > 0 && sent === caller.csrfToken;
}

function secure(s: Services, req: FastifyRequest): boolean {
  return s.config.publicUrl.startsWith('https://') || req.protocol === 'https';
}

export function setSessionCookies(
  s: Services,
  req: FastifyRequest,
  reply: FastifyReply,
  c: SessionCookies,
): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(c.expiresAt) - Date.now()) / 1000));
  const base = { path: '/', sameSite: 'lax' as const, secure: secure(s, req), maxAge };
  reply.setCookie(SESSION_COOKIE, c.sessionToken, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, c.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(s: Services, req: FastifyRequest, reply: FastifyReply): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: secure(s, req) };
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, base);
}
