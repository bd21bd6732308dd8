// Walks the permission matrix (matrix.ts): a valid request for every route and caller, compared with the table.
// A refusal must be exactly the expected status and add no timeline event; an allowed change must add one; no
// answer to someone outside the restricted incident's team may carry its title. A second test holds the table to
// the OpenAPI document and the server's own route list, so a new route cannot go unchecked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client } from '../support/client.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { callers, matrix, type Caller, type Expected, type Row } from './matrix.js';
import { publishToStatusPage, requests, type Req } from './requests.js';
import { buildWorld, eventCount, SECRET_TITLE, type World } from './world.js';

/** The whole table on PostgreSQL too (by default PostgreSQL walks the need-to-know columns: see below). */
const FULL = process.env.STORMBELL_MATRIX_FULL === '1';
/** Only the rows whose route contains this text: for looking into one row. */
const ONLY = process.env.STORMBELL_MATRIX_ONLY;

/** Who must never read the restricted incident's title. */
const outside: Caller[] = ['anonymous', 'viewer', 'outsider', 'outsiderToken'];

/** A copy of the caller's client: cookies a response sets (a new session) stay out of the caller's later requests. */
function copyOf(c: Client): Client {
  const copy = new Client(c.base);
  for (const [k, v] of c.cookies) copy.cookies.set(k, v);
  copy.bearer = c.bearer;
  return copy;
}

async function send(w: World, row: Row, caller: Caller, req: Req) {
  const method = row.route.split(' ')[0]!;
  const client = req.client ?? (caller === 'anonymous' ? new Client(w.server.url) : copyOf(w[caller]));
  if (req.stream) {
    const controller = new AbortController();
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (client.cookies.size > 0) headers.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
    const res = await fetch(w.server.url + req.path, { headers, signal: controller.signal });
    const text = res.headers.get('content-type')?.includes('event-stream') ? '' : await res.text();
    controller.abort();
    return { status: res.status, text };
  }
  const headers = { ...req.headers };
  let body: unknown = req.body;
  if (req.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = req.form;
  } else if (body === undefined && method !== 'GET' && method !== 'DELETE') body = {};
  const res = await client.request(method, req.path, body, headers);
  return {
    status: res.status,
    text: typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? ''),
  };
}

/**
 * Every `METHOD path` the server answers, read from Fastify's route tree. Left out: HEAD (Fastify's automatic copy
 * of each GET), OPTIONS (CORS preflights, no data), the web app's static files and the status page's own 404 page.
 */
function servedRoutes(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*)$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const [, segment, methods] = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(m[2]!)!;
    const path = `${depth > 0 ? stack[depth - 1] : ''}${segment}`;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of methods?.split(', ') ?? []) routes.push(`${method} ${path}`);
  }
  return routes.filter(
    (r) => !/^(HEAD|OPTIONS) |^GET \/(assets\/|index\.html$|favicon\.svg$)|^GET \/status\*$/.test(r),
  );
}

forEachDatabase('the permission matrix', (dialect) => {
  let server: TestServer;
  let w: World;
  beforeAll(async () => {
    // No worker: nothing (a reminder, an exercise's inject) writes to a timeline behind the test's back.
    server = await startTestServer(dialect, { worker: false });
    w = await buildWorld(server);
    await publishToStatusPage(w);
  }, 120_000);
  afterAll(() => server?.close());

  it('gives every caller exactly the answer the table says, and a refusal changes nothing', async () => {
    const wrong: string[] = [];
    // SQLite walks every cell. On this project's two-core CI a full walk costs minutes per database (scrypt logins,
    // PDFs), so PostgreSQL walks the columns whose answers come from SQL conditions (who is on an incident's team,
    // what a list leaves out): the viewer, the outsider and the outsider's token; STORMBELL_MATRIX_FULL=1 walks all.
    const columns: readonly Caller[] =
      dialect === 'sqlite' || FULL ? callers : ['viewer', 'outsider', 'outsiderToken'];
    const rows = matrix.filter((r) => !ONLY || r.route.includes(ONLY));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const build = requests[row.route];
      if (!build) {
        wrong.push(`${row.route}: no request in requests.ts`);
        continue;
      }
      for (const caller of columns) {
        const expected: Expected = row.expect[caller];
        let req: Req;
        try {
          req = await build(w, caller);
        } catch (error) {
          wrong.push(`${row.route} as ${caller}: setting up failed: ${String(error).slice(0, 300)}`);
          continue;
        }
        const before = await eventCount(w);
        const res = await send(w, row, caller, req);
        const after = await eventCount(w);
        const got: Expected | number = res.status >= 200 && res.status < 300 ? 'allow' : res.status;
        const cell = `${row.route} as ${caller} (${req.path})`;
        if (got !== expected)
          wrong.push(`${cell}: expected ${expected}, got ${res.status} ${res.text.slice(0, 400)}`);
        else if (expected !== 'allow' && after !== before)
          wrong.push(`${cell}: refused with ${res.status} but ${after - before} event(s) were written`);
        else if (expected === 'allow' && row.changes && after === before)
          wrong.push(`${cell}: allowed, but no event was written: did anything happen?`);
        else if (expected === 'allow' && !row.changes && after !== before)
          wrong.push(`${cell}: a read wrote ${after - before} event(s)`);
        if (outside.includes(caller) && res.text.includes(SECRET_TITLE))
          wrong.push(`${cell}: the answer shows the restricted incident`);
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('has a row for every operation of the OpenAPI document and every route the server serves, and no other', async () => {
    const doc = (await new Client(server.url).get('/api/openapi.json')).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const inTable = matrix.map((r) => r.route);
    const apiInTable = inTable.filter((r) => r.split(' ')[1]!.startsWith('/api/v1/'));
    expect(documented.length).toBe(apiRoutes.length);
    expect(apiInTable.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !apiInTable.includes(r))).toEqual([]);
    expect(new Set(inTable).size).toBe(inTable.length);
    expect(Object.keys(requests).sort()).toEqual([...inTable].sort());
    const served = servedRoutes(server.running.app.printRoutes({ commonPrefix: false }));
    expect(served.length).toBeGreaterThan(apiRoutes.length);
    expect(served.filter((r) => !inTable.includes(r))).toEqual([]);
    expect(inTable.filter((r) => !served.includes(r))).toEqual([]);
  });
});
