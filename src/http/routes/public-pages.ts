// The server-rendered pages outside the React app: /internal (employees: login or the secret link) and /press
// (public), plus the admin API route that hands out the internal page's link. The pages answer HTML, so they
// are plain Fastify routes (defineRoute answers JSON and describes the API in OpenAPI; these are not API).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZLink } from '../../core/api/messages.js';
import { DomainError } from '../../core/errors.js';
import { t } from '../../core/i18n/index.js';
import type { Ctx, Services } from '../../app/context.js';
import { getInternalPage } from '../../app/pages/get-internal-page.js';
import { getInternalPageLink } from '../../app/pages/get-internal-page-link.js';
import { getPressPage } from '../../app/pages/get-press-page.js';
import { pageBasics, type AskedByBrowser } from '../../app/pages/page-language.js';
import { identify } from '../auth.js';
import { defineRoute, type AnyRoute } from '../route.js';
import { renderInternalPage } from '../pages/internal-page.js';
import { renderNotice } from '../pages/layout.js';
import { renderPressPage } from '../pages/press-page.js';
import { ZProblem } from './problem-schema.js';

export const publicPageRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/internal-page/link',
    access: 'admin',
    tag: 'messages',
    summary: "The internal page's secret address, to share with employees who have no account",
    responses: { 200: ZLink, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx }) => getInternalPageLink(ctx),
  }),
];

// What only the crisis team and employees should read: never cached on the way, never indexed, never leaked
// through the Referer of a link on the page (the secret key is in the address).
const PRIVATE_HEADERS = {
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex',
  'referrer-policy': 'no-referrer',
};

function asked(req: FastifyRequest): AskedByBrowser {
  const lang = (req.query as Record<string, unknown> | undefined)?.lang;
  return {
    query: typeof lang === 'string' ? lang : undefined,
    acceptLanguage: req.headers['accept-language'],
  };
}

async function context(services: Services, req: FastifyRequest): Promise<Ctx> {
  const caller = await identify(services, req);
  return { ...services, actor: caller.actor, ip: req.ip };
}

function html(reply: FastifyReply, status: number, body: string, headers: Record<string, string>) {
  return reply.code(status).headers(headers).type('text/html; charset=utf-8').send(body);
}

async function internalPage(services: Services, req: FastifyRequest, reply: FastifyReply, key?: string) {
  const ctx = await context(services, req);
  try {
    return html(
      reply,
      200,
      renderInternalPage(await getInternalPage(ctx, { key, asked: asked(req) })),
      PRIVATE_HEADERS,
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { language, organisation } = await pageBasics(ctx, asked(req));
    if (error.code === 'not_found') {
      // The same page as any other wrong address: not even the organisation's name.
      return html(
        reply,
        404,
        renderNotice({
          language,
          organisation: '',
          title: t(language, 'pages.not_found.title'),
          body: t(language, 'pages.not_found.body'),
        }),
        PRIVATE_HEADERS,
      );
    }
    if (error.code === 'unauthenticated') {
      // Not a redirect: the web app's login returns to its own pages only. The page says how to get in.
      return html(
        reply,
        401,
        renderNotice({
          language,
          organisation,
          title: t(language, 'pages.login_needed.title'),
          body: t(language, 'pages.login_needed.body'),
          link: { href: '/login', label: t(language, 'pages.login') },
        }),
        PRIVATE_HEADERS,
      );
    }
    throw error;
  }
}

/** Registers /internal, /internal/:key and /press (GET, and HEAD by Fastify's default). */
export function installPublicPages(app: FastifyInstance, services: Services): void {
  app.get('/internal', (req, reply) => internalPage(services, req, reply));
  app.get<{ Params: { key: string } }>('/internal/:key', (req, reply) =>
    internalPage(services, req, reply, req.params.key),
  );
  app.get('/press', async (req, reply) => {
    const ctx = await context(services, req);
    const page = await getPressPage(ctx, { asked: asked(req) });
    return html(reply, 200, renderPressPage(page), {
      'cache-control': 'public, max-age=10',
      // The language follows the browser (or the account): a shared cache must keep them apart.
      vary: 'Accept-Language, Cookie',
    });
  });
}
