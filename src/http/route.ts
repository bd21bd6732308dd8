// Declares an API route once: method, path, the access level it needs (required: default deny), and the zod
// schemas that validate its input and describe it in OpenAPI. Registering runs auth, CSRF and validation first.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RouteAccess } from '../core/access.js';
import { hasAccess } from '../core/access.js';
import type { Language } from '../core/api/common.js';
import { languageFromHeader, t } from '../core/i18n/index.js';
import type { Ctx, Services } from '../app/context.js';
import { csrfOk, identify, type Caller } from './auth.js';
import { fromZodError, problem, sendProblem } from './problem.js';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface Input<B, Q, P> {
  ctx: Ctx;
  caller: Caller;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
  req: FastifyRequest;
  reply: FastifyReply;
  lang: Language;
}

export interface RouteSpec<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  access: RouteAccess;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Status code -> response schema (null: no body). The first 2xx is the success status. */
  responses: Record<number, Schema | null>;
  /** A success body that is not JSON (a PDF, a YAML file): its media type, for OpenAPI. */
  produces?: string;
  /** Bearer API tokens may call this route (default true); false for what only a person in a browser does. */
  tokens?: boolean;
  /** A larger request body than the server's default 1 MiB, in bytes (an uploaded CSV file). */
  bodyLimit?: number;
  /**
   * The route checks its caller's credentials itself (alert intake: an intake token in the Authorization header), so
   * the caller is not looked up as a session or API token first (one query per alert notification saved).
   */
  ownCredentials?: true;
  handler: (input: Input<B, Q, P>) => Promise<unknown>;
}

// The registry is what OpenAPI and the permission tests read; a route is only served if it is in here.
export type AnyRoute = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

export function defineRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(spec: RouteSpec<B, Q, P>): AnyRoute {
  const access = (spec as { access?: unknown }).access;
  if (spec.ownCredentials && spec.access !== 'public')
    throw new Error(`${spec.method} ${spec.url}: a route that checks its own credentials must be public`);
  if (access !== 'public' && access !== 'viewer' && access !== 'responder' && access !== 'admin') {
    throw new Error(
      `Route ${spec.method} ${spec.url} declares no access level; every route must say who may call it.`,
    );
  }
  return spec as unknown as AnyRoute;
}

/**
 * The first string (or key) holding a NUL character, as a field path. No text in Stormbell has one, and
 * PostgreSQL refuses it in text, so it is refused here for every route alike, before any handler runs.
 * Walks without recursion: a body may be nested thousands deep.
 */
export function nulField(value: unknown, base: string): string | null {
  // Each entry keeps its key and its parent; the path is written out only for the one field found, so a body
  // nested thousands deep costs time in proportion to its size, not to its depth squared.
  interface At {
    key: string;
    parent: At | null;
  }
  const pathOf = (at: At | null): string => {
    const keys: string[] = [];
    for (let a = at; a; a = a.parent) keys.push(a.key);
    return keys.reverse().join('.');
  };
  const stack: Array<[unknown, At | null]> = [[value, base ? { key: base, parent: null } : null]];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return pathOf(at);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const here = { key: k, parent: at };
        if (k.includes('\u0000')) return pathOf(here);
        stack.push([x, here]);
      }
    }
  }
  return null;
}

function successStatus(route: AnyRoute): number {
  return Number(Object.keys(route.responses).find((s) => Number(s) >= 200 && Number(s) < 300) ?? 200);
}

export function registerRoutes(app: FastifyInstance, services: Services, routes: AnyRoute[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      handler: async (req, reply) => {
        const caller: Caller = route.ownCredentials
          ? { actor: null, rejected: false }
          : await identify(services, req);
        const lang = caller.actor?.language ?? languageFromHeader(req.headers['accept-language']);
        const deny = (status: number, code: string, key: string) =>
          sendProblem(reply, problem(status, code, t(lang, key)));

        if (caller.actor && caller.actor.via === 'token' && route.tokens === false) {
          return deny(403, 'forbidden', 'error.forbidden');
        }
        if (route.access !== 'public') {
          if (!caller.actor) return deny(401, 'unauthenticated', 'error.unauthenticated');
          if (!hasAccess(caller.actor.level, route.access)) return deny(403, 'forbidden', 'error.forbidden');
        }
        if (!csrfOk(req, caller)) return deny(403, 'csrf', 'error.csrf');

        const parsed: Record<'body' | 'query' | 'params', unknown> = {
          body: undefined,
          query: undefined,
          params: undefined,
        };
        for (const where of ['params', 'query', 'body'] as const) {
          const schema = route[where];
          if (!schema) continue;
          const raw = where === 'body' ? (req.body ?? {}) : where === 'query' ? req.query : req.params;
          const nul = nulField(raw, '');
          if (nul !== null)
            return sendProblem(
              reply,
              problem(400, 'invalid', t(lang, 'error.invalid'), [
                { field: nul || where, message: t(lang, 'field.text') },
              ]),
            );
          const result = schema.safeParse(raw);
          if (!result.success) return sendProblem(reply, fromZodError(result.error, lang, where));
          parsed[where] = result.data;
        }

        const ctx: Ctx = { ...services, actor: caller.actor, ip: req.ip };
        const result = await route.handler({
          ctx,
          caller,
          body: parsed.body,
          query: parsed.query,
          params: parsed.params,
          req,
          reply,
          lang,
        } as Input<Schema, Schema, Schema>);
        if (reply.sent) return reply;
        const status = successStatus(route);
        if (route.responses[status] === null) return reply.code(status).send();
        return reply.code(status).send(result);
      },
    });
  }
}
