// Fuzzing what anyone on the internet can reach, without an account, on both databases: the public API routes
// (alert intake, the report form, login, setup, links from mails), every other API route (always refused, and
// refused without a trace), the status page and its feeds and JSON with odd query strings and headers, the
// subscribe, confirm and unsubscribe forms, and the server-rendered pages. Same promises as the admin run.
import fc from 'fast-check';
import { afterAll, beforeAll, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { v2Names } from '../../src/status-page/statuspage-api.js';
import {
  encodeAny,
  hostileString,
  oddContentType,
  oddQuery,
  oddSegment,
  rawBody,
} from './support/arbitraries.js';
import { apiCases, fieldProblems } from './support/cases.js';
import { RUNS, exchange, fuzz, healthy, runsFor, timeoutFor, type Case } from './support/check.js';
import { buildWorld, realParams, type World } from './support/world.js';

/** Header values Node will send: printable latin1 only (anything else is refused before it leaves). */
const headerText = hostileString.map((s) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?').slice(0, 4_000));
const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `198.${a % 20}.${b}.${c}`);

/** A stranger's headers: an address of its own (so rate limits do not hide the handlers), odd languages. */
const stranger = fc.record({
  'x-forwarded-for': ip,
  'accept-language': fc.oneof(fc.constantFrom('nl', 'en', '*', 'xx;q=0'), headerText),
  'accept-encoding': fc.oneof(fc.constantFrom('gzip', 'br', 'gzip;q=0', '*;q=0.5', 'identity'), headerText),
  'if-none-match': fc.oneof(fc.constantFrom('*', 'W/"x"', '""'), headerText),
});

forEachDatabase('fuzz: everything a stranger can reach', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(dialect);
  }, 120_000);
  afterAll(() => w?.server.close());

  for (const route of apiRoutes.filter((r) => r.access === 'public')) {
    const label = `public ${route.method} ${route.url} [${dialect}]`;
    it(
      label,
      async () => {
        const tuples = await realParams(w, route.url);
        const source = /\/alerts\/(\w+)$/.exec(route.url)?.[1] as keyof World['intakeTokens'] | undefined;
        // An alert sender proves itself with its intake token: the right one, another source's, or nonsense.
        const auth = source
          ? fc.oneof(
              fc.constant(`Bearer ${w.intakeTokens[source]}`),
              fc.constant(`Bearer ${w.intakeTokens[source === 'generic' ? 'grafana' : 'generic']}`),
              headerText.map((s) => `Bearer ${s}`),
              fc.constant(''),
            )
          : fc.constant('');
        const idempotency = fc.option(fc.oneof(fc.uuid(), headerText), { freq: 2 });
        const cases = fc
          .tuple(apiCases(route, tuples), stranger, auth, idempotency)
          .map(([c, h, a, key]) => ({
            ...c,
            headers: {
              ...c.headers,
              ...h,
              ...(a ? { authorization: a } : {}),
              ...(key !== null ? { 'idempotency-key': key } : {}),
            },
          }));
        await fuzz(
          label,
          cases,
          async (c) => void (await exchange(w, c, (a) => fieldProblems(c, a))),
          runsFor(route),
        );
        await healthy(w);
      },
      timeoutFor(runsFor(route)),
    );
  }

  it(
    `every other API route refuses a stranger and changes nothing [${dialect}]`,
    async () => {
      const closed = apiRoutes.filter((r) => r.access !== 'public');
      const cases = fc
        .tuple(fc.constantFrom(...closed), stranger, fc.option(rawBody, { freq: 2 }))
        .chain(([route, h, raw]) =>
          apiCases(route, [{}]).map((c) => ({
            ...c,
            headers: { ...c.headers, ...h },
            ...(raw ? { body: raw, note: `${c.note}, raw body` } : {}),
          })),
        );
      await fuzz(
        `stranger on closed routes [${dialect}]`,
        cases,
        async (c) =>
          void (await exchange(w, c, (a) =>
            a.status < 400 ? [`a stranger got ${a.status} from a route that needs an account`] : [],
          )),
        RUNS * 20,
      );
      await healthy(w);
    },
    timeoutFor(RUNS * 20),
  );

  it(
    `the status page, its feeds and JSON, and the server's pages [${dialect}]`,
    async () => {
      const pages = [
        '/status',
        '/status/history',
        '/status/feed.rss',
        '/status/feed.atom',
        '/internal',
        '/press',
        '/healthz',
        '/readyz',
        '/api/openapi.json',
        ...v2Names.map((n) => `/api/v2/${n}.json`),
      ];
      const path = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...pages) },
        { weight: 1, arbitrary: oddSegment.map((s) => `/status/incidents/${s}`) },
        { weight: 1, arbitrary: fc.constantFrom(...w.incidents).map((id) => `/status/incidents/${id}`) },
        { weight: 1, arbitrary: oddSegment.map((s) => `/internal/${s}`) },
        { weight: 1, arbitrary: oddSegment.map((s) => `/status/${s}`) },
        { weight: 1, arbitrary: oddSegment.map((s) => `/api/v2/${s}.json`) },
      );
      const cases: fc.Arbitrary<Case> = fc
        .tuple(fc.constantFrom('GET', 'GET', 'HEAD', 'OPTIONS'), path, oddQuery, stranger, headerText)
        .map(([method, p, q, h, asked]) => ({
          method,
          path: p + q,
          headers: { ...h, ...(method === 'OPTIONS' ? { 'access-control-request-headers': asked } : {}) },
          note: 'a page with odd query and headers',
        }));
      await fuzz(`pages [${dialect}]`, cases, async (c) => void (await exchange(w, c)), RUNS * 20);
      await healthy(w);
    },
    timeoutFor(RUNS * 20),
  );

  it(
    `the subscribe, confirm and unsubscribe forms [${dialect}]`,
    async () => {
      const field = fc.oneof(
        fc.constantFrom('x@example.org', 'nl', 'en', ''),
        hostileString.filter((s) => s.length < 70_000),
      );
      const form = fc
        .array(fc.tuple(fc.constantFrom('email', 'language', 'components', 'List-Unsubscribe', 'x'), field), {
          maxLength: 6,
        })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeAny(v)}`).join('&'));
      const body = fc.oneof(
        { weight: 3, arbitrary: form.map((f) => Buffer.from(f)) },
        { weight: 1, arbitrary: rawBody },
        { weight: 1, arbitrary: fc.constant(Buffer.from('List-Unsubscribe=One-Click')) },
        { weight: 1, arbitrary: fc.constant(Buffer.alloc(70 * 1024, 'a')) },
      );
      const token = fc.oneof(
        ...(w.subscriptionTokens.length > 0 ? [fc.constantFrom(...w.subscriptionTokens)] : []),
        oddSegment,
      );
      const path = fc.oneof(
        fc.constant('/status/subscribe'),
        fc
          .tuple(token, fc.constantFrom('confirm', 'unsubscribe'))
          .map(([t, a]) => `/status/subscriptions/${t}/${a}`),
      );
      const type = fc.oneof(
        { weight: 4, arbitrary: fc.constant('application/x-www-form-urlencoded') },
        { weight: 1, arbitrary: fc.constant('multipart/form-data; boundary=x') },
        { weight: 1, arbitrary: oddContentType },
      );
      const cases: fc.Arbitrary<Case> = fc
        .tuple(fc.constantFrom('POST', 'POST', 'GET'), path, oddQuery, stranger, body, type)
        .map(([method, p, q, h, b, t]) => ({
          method,
          path: p + q,
          headers: { ...h, ...(method === 'POST' && t !== undefined ? { 'content-type': t } : {}) },
          ...(method === 'POST' ? { body: b } : {}),
          note: `form ${JSON.stringify(b.subarray(0, 60).toString('latin1'))} (${b.length} bytes) as ${t}`,
        }));
      await fuzz(`forms [${dialect}]`, cases, async (c) => void (await exchange(w, c)), RUNS * 20);
      await healthy(w);
    },
    timeoutFor(RUNS * 20),
  );
});
