// The public status page on Fastify: /status, /status/history, /status/incidents/:id, the RSS and Atom feeds and the
// Statuspage-compatible /api/v2/*.json, all served from the in-memory cache (cache.ts) with ETag/304, gzip and
// short shared caching; CORS open for GET on the feeds and JSON. The subscription routes are C's
// (subscriptions.ts), registered from here.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../app/context.js';
import { pageBasics } from '../app/pages/page-language.js';
import { loadStatusSnapshot } from '../app/status-page/load-snapshot.js';
import type { Language } from '../core/api/common.js';
import { t } from '../core/i18n/index.js';
import { pageLanguage } from '../core/pages/language.js';
import type { StatusSnapshot } from '../core/status-page/snapshot.js';
import { StatusCache, type CacheLog, type CachedDocument, type Loaded, type Rendered } from './cache.js';
import { renderRss, renderAtom } from './feeds.js';
import { renderHistoryPage } from './html/history.js';
import { renderIncidentPage, renderNotFoundPage } from './html/incident.js';
import { renderBareNotice } from './html/layout.js';
import { renderStatusPage } from './html/status.js';
import { v2Documents, v2Names } from './statuspage-api.js';
import { installSubscriptionRoutes } from './subscriptions.js';

export interface StatusPageDeps {
  /** Everything the page shows (in production `loadStatusSnapshot(ctx)`). */
  load(): Promise<StatusSnapshot>;
  /** The organisation's language, for readers whose browser asks for neither nl nor en. */
  defaultLanguage?(): Promise<Language>;
  /** Calls back on every timeline change (any chain): a publication or a component change may change the page. */
  subscribe?(onChange: () => void): () => void;
  clock: { now(): Date };
  /** The public base URL (`STORMBELL_PUBLIC_URL`). */
  publicUrl: string;
  log?: CacheLog;
  /** Cache tuning for tests. */
  refreshEveryMs?: number;
  loadTimeoutMs?: number;
  retry?: { baseMs: number; maxMs: number; jitter: number };
  /** For the subscription routes (subscriptions.ts); without it they are not registered. */
  services?: Services;
}

/** The production wiring: the snapshot and the organisation's language from the database, any timeline change. */
export function statusPageDeps(services: Services): StatusPageDeps {
  const ctx = () => ({ ...services, actor: null });
  const notifier = services.notifier;
  return {
    services,
    load: () => loadStatusSnapshot(ctx()),
    defaultLanguage: async () => (await pageBasics(ctx(), {})).language,
    ...(notifier?.subscribeAll
      ? { subscribe: (onChange: () => void) => notifier.subscribeAll!(onChange) }
      : {}),
    clock: services.clock,
    publicUrl: services.config.publicUrl,
  };
}

// Browsers revalidate every time (max-age=0: an ETag match is a 304 from memory, so a publication is visible to a
// reader within the second it takes us to reload the snapshot). Shared caches (a CDN in front) may answer for 5
// seconds on their own: under a spike that turns thousands of requests a second into one per 5 s per edge, while a
// publication is still seen within seconds, never minutes. stale-if-error lets that CDN keep showing the last page for
// a day if our origin is down altogether, which is when people look.
export const CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-if-error=86400';

// The public pages show images from the organisation's https logo address; nothing runs, nothing else loads.
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The security headers helmet gives every other answer, written once: helmet rebuilds its middleware on every
 * request, which under a spike costs more than serving the cached page itself (see docs/benchmarks.md). The cached
 * routes turn helmet off and send these instead (HSTS only on an https address, as helmet is set up).
 */
function securityHeaders(publicUrl: string): Record<string, string> {
  return {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
    ...(publicUrl.startsWith('https://')
      ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}

/** Route options of the cached routes: no helmet (its headers come from `securityHeaders`), only warnings logged. */
const CACHED = { helmet: false, logLevel: 'warn' } as const;

const HTML = 'text/html; charset=utf-8';
const CORS = {
  'access-control-allow-origin': '*',
  // Widgets on other sites fetch the JSON; the default `same-origin` of helmet would block no-cors embeds.
  'cross-origin-resource-policy': 'cross-origin',
};

/** The cache is kept on the server so tests and the runtime can reach it. */
export interface StatusPageHandle {
  cache: StatusCache;
}

function askedLanguage(
  req: FastifyRequest,
  loaded: Loaded | null,
): { language: Language; fromQuery: boolean } {
  const query = (req.query as Record<string, unknown> | undefined)?.lang;
  const q = typeof query === 'string' ? query : undefined;
  const language = pageLanguage(
    { query: q, acceptLanguage: req.headers['accept-language'] },
    loaded?.defaultLanguage,
  );
  return { language, fromQuery: q === 'nl' || q === 'en' };
}

const gzipCache = new Map<string, boolean>();
/** Whether Accept-Encoding allows gzip (q > 0 for gzip or *); remembered per header value. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let known = gzipCache.get(header);
  if (known !== undefined) return known;
  known = header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return q === undefined || Number(q) > 0;
  });
  if (gzipCache.size > 200) gzipCache.clear();
  gzipCache.set(header, known);
  return known;
}

/** If-None-Match against either representation's tag (weak comparison, RFC 9110 13.1.2). */
export function etagMatches(header: string | undefined, doc: CachedDocument): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === doc.etag || tag === doc.gzipEtag) return true;
  }
  return false;
}

function send(
  req: FastifyRequest,
  reply: FastifyReply,
  doc: CachedDocument,
  vary: string,
  extra: Record<string, string>,
): FastifyReply {
  const gzip = doc.gzip !== null && acceptsGzip(req.headers['accept-encoding']);
  const etag = gzip ? doc.gzipEtag : doc.etag;
  reply.headers({ ...extra, etag, 'cache-control': CACHE_CONTROL, vary });
  if (doc.status === 200 && etagMatches(req.headers['if-none-match'], doc)) return reply.code(304).send();
  reply.code(doc.status).type(doc.contentType);
  if (gzip) reply.header('content-encoding', 'gzip');
  return reply.send(gzip ? doc.gzip : doc.body);
}

const RETRY_AFTER_S = 5;

async function unavailable(req: FastifyRequest, reply: FastifyReply, kind: 'html' | 'json' | 'xml') {
  const { language } = askedLanguage(req, null);
  reply.code(503).headers({ 'retry-after': String(RETRY_AFTER_S), 'cache-control': 'no-store' });
  if (kind === 'html')
    return reply
      .type(HTML)
      .header('content-security-policy', PAGE_CSP)
      .send(
        renderBareNotice({
          language,
          title: t(language, 'pages.status.unavailable_title'),
          body: t(language, 'pages.status.unavailable_body'),
        }),
      );
  return reply
    .type('application/problem+json; charset=utf-8')
    .headers(CORS)
    .send({ status: 503, title: t(language, 'pages.status.unavailable_body') });
}

/** How long a request waits for the very first snapshot (just after start) before it gets the 503 page. */
const FIRST_LOAD_WAIT_MS = 2000;

export function installStatusPage(app: FastifyInstance, deps: StatusPageDeps): StatusPageHandle {
  const log = deps.log ?? app.log;
  const security = securityHeaders(deps.publicUrl);
  const pageHeaders = { ...security, 'content-security-policy': PAGE_CSP };
  const openHeaders = { ...security, ...CORS };
  const cache = new StatusCache({
    load: deps.load,
    ...(deps.defaultLanguage ? { defaultLanguage: deps.defaultLanguage } : {}),
    clock: deps.clock,
    log,
    ...(deps.refreshEveryMs !== undefined ? { refreshEveryMs: deps.refreshEveryMs } : {}),
    ...(deps.loadTimeoutMs !== undefined ? { loadTimeoutMs: deps.loadTimeoutMs } : {}),
    ...(deps.retry ? { retry: deps.retry } : {}),
  });
  let unsubscribe: (() => void) | undefined;
  app.addHook('onReady', async () => {
    unsubscribe = deps.subscribe?.(() => cache.refresh());
    cache.start();
  });
  app.addHook('onClose', async () => {
    unsubscribe?.();
    cache.stop();
  });

  async function loaded(): Promise<Loaded | null> {
    const now = cache.current();
    if (now) return now;
    // The database already failed us once: answer 503 at once instead of making every visitor wait.
    if (cache.stats.failures > 0) return null;
    return (await cache.ready(FIRST_LOAD_WAIT_MS)) ? cache.current() : null;
  }

  /** A page in the reader's language, from the cache. */
  const page =
    (name: string, render: (l: Loaded, language: Language, req: FastifyRequest) => Rendered | null) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const state = await loaded();
      if (!state) return unavailable(req, reply, 'html');
      const { language, fromQuery } = askedLanguage(req, state);
      let key = `${name}:${language}`;
      let renderer = (l: Loaded) => render(l, language, req);
      // An incident's page exists only for the public incidents of the snapshot; any other id shares one 404
      // document per language (unknown ids never grow the cache).
      if (name === 'incident') {
        const id = (req.params as { id: string }).id;
        const found = state.snapshot.incidents.some((i) => i.id === id);
        key = found ? `incident:${id}:${language}` : `not-found:${language}`;
        if (!found)
          renderer = (l) => ({
            status: 404,
            contentType: HTML,
            body: renderNotFoundPage(l.snapshot, language),
          });
      }
      const doc = cache.document(key, (l) => renderer(l)!);
      if (!doc) return unavailable(req, reply, 'html');
      return send(
        req,
        reply,
        doc,
        fromQuery ? 'Accept-Encoding' : 'Accept-Encoding, Accept-Language',
        pageHeaders,
      );
    };

  const html = (body: string): Rendered => ({ contentType: HTML, body });
  app.get(
    '/status',
    CACHED,
    page('status', (l, language) => html(renderStatusPage(l.snapshot, language))),
  );
  app.get(
    '/status/history',
    CACHED,
    page('history', (l, language) => html(renderHistoryPage(l.snapshot, language))),
  );
  app.get(
    '/status/incidents/:id',
    CACHED,
    page('incident', (l, language, req) => {
      const incident = l.snapshot.incidents.find((i) => i.id === (req.params as { id: string }).id)!;
      return html(renderIncidentPage(l.snapshot, incident, language));
    }),
  );

  // Any other address under /status (the subscription routes are more specific and win): the page's own 404.
  app.get(
    '/status/*',
    CACHED,
    page('not-found', (l, language) => ({
      status: 404,
      contentType: HTML,
      body: renderNotFoundPage(l.snapshot, language),
    })),
  );

  const feed =
    (name: 'rss' | 'atom', contentType: string, render: typeof renderRss) =>
    async (req: FastifyRequest, reply: FastifyReply) => {
      const state = await loaded();
      if (!state) return unavailable(req, reply, 'xml');
      const { language, fromQuery } = askedLanguage(req, state);
      const doc = cache.document(`${name}:${language}`, (l) => ({
        contentType,
        body: render(l.snapshot, { lang: language }),
      }));
      if (!doc) return unavailable(req, reply, 'xml');
      return send(
        req,
        reply,
        doc,
        fromQuery ? 'Accept-Encoding' : 'Accept-Encoding, Accept-Language',
        openHeaders,
      );
    };
  app.get('/status/feed.rss', CACHED, feed('rss', 'application/rss+xml; charset=utf-8', renderRss));
  app.get('/status/feed.atom', CACHED, feed('atom', 'application/atom+xml; charset=utf-8', renderAtom));

  for (const name of v2Names) {
    app.get(`/api/v2/${name}.json`, CACHED, async (req, reply) => {
      const state = await loaded();
      if (!state) return unavailable(req, reply, 'json');
      const doc = cache.document(`v2:${name}`, (l) => ({
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(cache.derived(l, 'v2', () => v2Documents(l.snapshot))[name]),
      }));
      if (!doc) return unavailable(req, reply, 'json');
      return send(req, reply, doc, 'Accept-Encoding', openHeaders);
    });
  }

  // CORS preflight for the feeds and JSON (a fetch with If-None-Match or other headers asks first).
  const preflight = async (req: FastifyRequest, reply: FastifyReply) =>
    reply
      .code(204)
      .headers({
        ...CORS,
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        // Whatever headers the caller wants to send are fine (nothing here depends on credentials); only header
        // name characters are echoed back.
        'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? '')
          .replace(/[^\w\-, ]/g, '')
          .slice(0, 500),
        'access-control-max-age': '86400',
      })
      .send();
  app.options('/api/v2/*', preflight);
  app.options('/status/feed.rss', preflight);
  app.options('/status/feed.atom', preflight);

  if (deps.services)
    installSubscriptionRoutes(app, {
      services: deps.services,
      snapshot: () => cache.current()?.snapshot ?? null,
    });

  const handle = { cache };
  handles.set(app, handle);
  return handle;
}

const handles = new WeakMap<FastifyInstance, StatusPageHandle>();
/** The status page's cache of a server (for tests and metrics). */
export function statusPageOf(app: FastifyInstance): StatusPageHandle | undefined {
  return handles.get(app);
}
