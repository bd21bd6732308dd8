// Builds the Fastify server: security headers, cookies, the API routes, OpenAPI, health, metrics and the web app.
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
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
import { errorHandler } from './error-handler.js';
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
  });
  // Only JSON bodies: a cross-site HTML form cannot send application/json without a CORS preflight we never allow.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
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
