// The promises every generated request is held to, and the fast-check runner with its seed. Per answer: never a
// 5xx; a refusal (4xx) is application/problem+json with a detail on the API (an HTML page elsewhere) and leaves
// the database exactly as it was. After each batch the server still answers /healthz.
import fc from 'fast-check';
import { expect } from 'vitest';
import { changedTables } from './digest.js';
import { send, type RawAnswer, type RawRequest } from './http.js';
import { fingerprint, type World } from './world.js';

/** Cases per route and per kind of endpoint: few in `npm test`, STORMBELL_FUZZ_RUNS=10000 in `npm run test:long`. */
export const RUNS = Math.max(1, Number(process.env.STORMBELL_FUZZ_RUNS ?? 1));
/**
 * Cases for one route. In the quick run a PDF route gets one case (a PDF costs seconds on a loaded machine; the
 * other routes cover the shared checks); an explicit STORMBELL_FUZZ_RUNS applies to every route alike.
 */
export function runsFor(route: { produces?: string; url: string }): number {
  if (process.env.STORMBELL_FUZZ_RUNS) return RUNS;
  return route.produces === 'application/pdf' || route.url.endsWith('.pdf') ? 1 : RUNS;
}

/** One seed for the whole run, printed on failure; set STORMBELL_FUZZ_SEED to replay it. */
export const SEED = process.env.STORMBELL_FUZZ_SEED
  ? Number(process.env.STORMBELL_FUZZ_SEED)
  : Math.floor(Math.random() * 2 ** 31);

/** A test's time limit grows with its number of cases (a loaded machine takes seconds for a PDF). */
export function timeoutFor(cases: number): number {
  return 60_000 + cases * 2_000;
}

function seedOf(label: string): number {
  let h = SEED | 0;
  for (const ch of label) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

export interface Case extends RawRequest {
  /** What was generated, in words, for the failure message. */
  note: string;
}

function shown(c: Case): string {
  const path = JSON.stringify(c.path.length > 200 ? `${c.path.slice(0, 200)}…` : c.path);
  return `${c.method} ${path} (${c.note})`;
}

function problemsWith(method: string, path: string, a: RawAnswer): string[] {
  const out: string[] = [];
  if (a.status >= 500) out.push(`answered ${a.status}: ${a.text.slice(0, 300)}`);
  if (a.status < 400 || a.status >= 500) return out;
  if (method === 'HEAD') {
    // No body to read: the type must still say what a GET would get.
    if (!/^(application\/problem\+json|text\/html)/.test(a.contentType))
      out.push(`a ${a.status} to HEAD of type "${a.contentType}"`);
  } else if (path.startsWith('/api/')) {
    if (!a.contentType.startsWith('application/problem+json'))
      out.push(
        `a ${a.status} of type "${a.contentType}", not application/problem+json: ${a.text.slice(0, 200)}`,
      );
    let body: any;
    try {
      body = JSON.parse(a.text);
    } catch {
      out.push(`a ${a.status} whose body is not JSON: ${a.text.slice(0, 200)}`);
      return out;
    }
    if (typeof body?.detail !== 'string' || body.detail.trim() === '')
      out.push(`a ${a.status} problem without a detail: ${a.text.slice(0, 200)}`);
    if (body?.status !== a.status) out.push(`a ${a.status} problem whose status says ${body?.status}`);
  } else if (a.status !== 404 || a.text !== '') {
    if (!a.contentType.startsWith('text/html') && !a.contentType.startsWith('application/problem+json'))
      out.push(`a ${a.status} page of type "${a.contentType}"`);
    if (a.text.trim() === '') out.push(`a ${a.status} page without a body`);
  }
  return out;
}

/**
 * Sends one case and holds the answer to the promises; throws (with the case in words) when one is broken.
 * The fingerprint after one request is the one before the next: only requests change this world's database.
 */
export const spent = { digest: 0, send: 0, cases: 0 };

export async function exchange(w: World, c: Case, extra?: (a: RawAnswer) => string[]): Promise<RawAnswer> {
  let t = performance.now();
  const before = w.last ?? (await fingerprint(w));
  spent.digest += performance.now() - t;
  spent.cases++;
  let answer: RawAnswer;
  t = performance.now();
  try {
    answer = await send(w.server.url, c);
  } catch (error) {
    w.last = null;
    throw new Error(`${shown(c)}\n  -> no answer: ${String(error)}`, { cause: error });
  }
  spent.send += performance.now() - t;
  t = performance.now();
  const after = await fingerprint(w);
  spent.digest += performance.now() - t;
  w.last = after;
  const problems = problemsWith(c.method, c.path, answer);
  if (answer.status >= 400 && answer.status < 500) {
    const changed = changedTables(before, after);
    if (changed.length > 0)
      problems.push(
        `refused with ${answer.status} but changed the table(s) ${changed.join(', ')}: ${answer.text.slice(0, 200)}`,
      );
  }
  problems.push(...(extra?.(answer) ?? []));
  if (problems.length > 0) throw new Error(`${shown(c)}\n  -> ${problems.join('\n  -> ')}`);
  return answer;
}

/** Runs a property over `runs` generated cases with this run's seed; the failure names the seed to replay. */
export async function fuzz<T>(
  label: string,
  arb: fc.Arbitrary<T>,
  property: (value: T) => Promise<void>,
  runs = RUNS,
  examples: T[] = [],
): Promise<void> {
  const seed = seedOf(label);
  try {
    await fc.assert(fc.asyncProperty(arb, property), {
      numRuns: runs,
      seed,
      // Cases every run tries first, whatever the seed (the JSON body `null` on every route that takes a body).
      examples: examples.map((e) => [e] as [T]),
      // Shrinking replays against a server whose state has moved on; the first failing case says enough.
      endOnFailure: process.env.STORMBELL_FUZZ_SHRINK !== '1',
    });
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const cause = (error as { cause?: unknown }).cause;
    const first = cause instanceof Error ? cause.message : message;
    // Not fast-check's own error (nor as the cause): its counterexample can be megabytes of generated text.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(
      `${label}: ${first.slice(0, 2000)}\n` +
        `${
          message
            .split('\n')
            .find((l) => l.includes('seed'))
            ?.slice(0, 200) ?? ''
        }\n` +
        `Replay: STORMBELL_FUZZ_SEED=${SEED} STORMBELL_FUZZ_RUNS=${runs} STORMBELL_SKIP_BUILD=1 npx vitest run test/fuzz -t "${label}"`,
    );
  }
}

/** The server is still alive and well after a batch. */
export async function healthy(w: World): Promise<void> {
  const res = await send(w.server.url, { method: 'GET', path: '/healthz' });
  expect(res.status).toBe(200);
}
