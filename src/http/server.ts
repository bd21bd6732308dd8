// Builds the Fastify server: security headers, cookies, the API routes, OpenAPI, health, metrics and the web app.
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
// Only for its route option `helmet: false` (the status page's cached routes), which this server honours below.
import type {} from '@fastify/helmet';
import helmet, { type HelmetOptions } from 'helmet';
import type { Services } from '../app/context.js';
import { languageFromHeader, t } from '../core/i18n/index.js';
import { ping } from '../store/db.js';
import { registerRoutes } from './route.js';
import { apiRoutes } from './routes/index.js';
import { installPublicPages } from './routes/public-pages.js';
import { installStatusPage, statusPageDeps } from '../status-page/plugin.js';
import { buildOpenApi } from './openapi.js';
import { installMetrics } from './metrics.js';
import { installWebApp } from './web-app.js';
import { endAllStreams } from './incident-events.js';
import { problem, sendProblem } from './problem.js';
import { clientErrorHandler, errorHandler, frameworkErrorHandler } from './error-handler.js';
import { requestSerializer } from './log-redaction.js';

export const BODY_LIMIT = 1024 * 1024;

export interface ServerOptions {
  logger?: boolean | { level: string };
}

export async function buildServer(services: Services, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // Request logs name the URL with the secret part of a link redacted.
    logger: options.logger
      ? { ...(options.logger === true ? {} : options.logger), serializers: { req: requestSerializer } }
      : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: services.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // What Fastify and Node refuse before any route runs (a bad URL, an overlong parameter, unreadable bytes,
    // huge headers) is a problem+json too.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
  // Only JSON bodies: a cross-site HTML form cannot send application/json without a CORS preflight we never allow.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  installSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: services.config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    strictTransportSecurity: services.config.publicUrl.startsWith('https://'),
    crossOriginEmbedderPolicy: false,
  });

  const lang = (req: { headers: Record<string, string | string[] | undefined> }) =>
    languageFromHeader(req.headers['accept-language'] as string | undefined);

  app.setErrorHandler(errorHandler);

  app.addHook('preClose', async () => endAllStreams(app));
  const metrics = installMetrics(app, services.store);
  registerRoutes(app, services, apiRoutes);
  installPublicPages(app, services);
  installStatusPage(app, statusPageDeps(services));

  const openapi = buildOpenApi(apiRoutes, services.config.publicUrl);
  app.get('/api/openapi.json', async () => openapi);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const ok = await ping(services.store);
    return reply
      .code(ok ? 200 : 503)
      .send({ status: ok ? 'ready' : 'database unreachable', database: services.store.dialect });
  });
  app.get('/metrics', async (_req, reply) => reply.type(metrics.contentType).send(await metrics.metrics()));

  const { indexHtml } = await installWebApp(app);
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      indexHtml &&
      !path.startsWith('/api/') &&
      !/\.\w+$/.test(path)
    ) {
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(indexHtml);
    }
    return sendProblem(reply, problem(404, 'not_found', t(lang(req), 'error.route_not_found')));
  });
  return app;
}

/**
 * The headers helmet's middleware sets for this configuration, worked out once by running it on a stand-in response.
 * Nothing in our configuration depends on the request (no nonces, no per-request directives), so every answer gets
 * the same headers; @fastify/helmet instead builds helmet's middleware again on every request, which cost more CPU
 * than many whole routes (docs/benchmarks.md).
 */
export function helmetHeaders(options: HelmetOptions): Array<[string, string]> {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  let failure: unknown = null;
  helmet(options)({} as never, res as never, (err?: unknown) => {
    failure = err ?? null;
  });
  if (failure) throw failure;
  return [...headers];
}

/**
 * Helmet's headers on every answer (as @fastify/helmet would set them: on the raw response, in onRequest, also for
 * 404s), except on routes registered with `helmet: false`, which send their own.
 */
function installSecurityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = helmetHeaders(options);
  app.addHook('onRoute', (route) => {
    if (route.helmet === false) route.config = { ...(route.config ?? {}), helmet: { skipRoute: true } };
  });
  app.addHook('onRequest', (req, reply, done) => {
    const config = req.routeOptions.config as { helmet?: { skipRoute?: boolean } } | undefined;
    if (!config?.helmet?.skipRoute) {
      const raw = reply.raw;
      for (const [name, value] of headers) raw.setHeader(name, value);
      raw.removeHeader('x-powered-by');
    }
    done();
  });
}
