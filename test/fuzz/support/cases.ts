// Generated requests for one API route: its own schemas' valid input with one field spoiled, the valid input as is,
// hostile JSON of any shape, raw bodies that are not JSON or not UTF-8, odd content types, odd path segments and
// query strings, and real ids so the handler gets past its 404.
import fc from 'fast-check';
import { z } from 'zod';
import type { AnyRoute } from '../../../src/http/route.js';
import {
  applyMutation,
  encodeAny,
  describeMutation,
  fromSchema,
  hostileValue,
  mutationOf,
  oddContentType,
  oddQuery,
  oddSegment,
  rawBody,
  type Mutation,
} from './arbitraries.js';
import type { Case } from './check.js';

export interface ApiCase extends Case {
  /** Set when the route's own schema refuses this body for the mutated field: the 400 must name that field. */
  expectField?: string;
}

function jsonSchemaOf(schema: z.ZodType | undefined): Record<string, any> | null {
  if (!schema) return null;
  try {
    return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as any;
  } catch {
    return {};
  }
}

function queryString(v: unknown): string {
  if (!v || typeof v !== 'object') return '';
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    for (const item of Array.isArray(x) ? x : [x])
      parts.push(`${encodeAny(k)}=${encodeAny(typeof item === 'string' ? item : JSON.stringify(item))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

const fieldOf = (m: Mutation) => (m.kind === 'unknown' ? [...m.path, m.key] : m.path).join('.');

/** True when the answer's field names the mutated field, something inside it, or what contains it. */
export function related(answerField: string, mutated: string): boolean {
  if (mutated === '' || answerField === 'body') return true;
  return (
    answerField === mutated || answerField.startsWith(`${mutated}.`) || mutated.startsWith(`${answerField}.`)
  );
}

export function apiCases(route: AnyRoute, realTuples: Array<Record<string, string>>): fc.Arbitrary<ApiCase> {
  const headers = fc.constant<Record<string, string>>({});
  const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const real = realTuples.filter((t) => names.every((n) => n in t));
  const fill = (t: Record<string, string>, encode: boolean) =>
    route.url.replace(/:(\w+)/g, (_, n: string) => (encode ? encodeURIComponent(t[n]!) : t[n]!));
  const cleanPath = real.length > 0 ? fc.constantFrom(...real).map((t) => fill(t, true)) : null;
  const anyPath =
    names.length === 0
      ? fc.constant(route.url)
      : fc
          .tuple(
            ...names.map((n) => {
              const values = [...new Set(real.map((t) => t[n]!))].map(encodeURIComponent);
              return values.length > 0 ? fc.oneof(fc.constantFrom(...values), oddSegment) : oddSegment;
            }),
          )
          .map((segs) => fill(Object.fromEntries(names.map((n, i) => [n, segs[i]!])), false));
  const path = cleanPath ?? anyPath;
  const bodyJs = jsonSchemaOf(route.body);
  const queryJs = jsonSchemaOf(route.query);
  const validQuery = queryJs ? fromSchema(queryJs).map(queryString) : fc.constant('');
  // The field check needs a query the route accepts as it is: none, when the route's query needs nothing.
  const emptyQueryOk = !route.query || route.query.safeParse({}).success;
  const json = { 'content-type': 'application/json' };
  const kinds: Array<{ weight: number; arbitrary: fc.Arbitrary<ApiCase> }> = [];

  if (bodyJs) {
    const sample = fromSchema(bodyJs);
    kinds.push({
      weight: 5,
      arbitrary: fc
        .tuple(
          path,
          headers,
          sample.chain((s) => fc.tuple(fc.constant(s), mutationOf(s))),
        )
        .map(([p, h, [base, m]]) => {
          const body = applyMutation(base, m);
          const text = JSON.stringify(body) ?? 'null';
          const c: ApiCase = {
            method: route.method,
            path: p,
            headers: { ...json, ...h },
            body: text,
            note: `schema input with ${describeMutation(m)}`,
          };
          const local = route.body!.safeParse(body ?? {});
          const fair =
            cleanPath !== null &&
            emptyQueryOk &&
            text.length < 900_000 &&
            !text.includes('"__proto__"') &&
            !text.includes('"constructor"') &&
            route.body!.safeParse(base).success &&
            !local.success;
          if (fair) c.expectField = fieldOf(m);
          return c;
        }),
    });
    kinds.push({
      weight: 2,
      arbitrary: fc.tuple(path, validQuery, headers, sample).map(([p, q, h, body]) => ({
        method: route.method,
        path: p + q,
        headers: { ...json, ...h },
        body: JSON.stringify(body) ?? 'null',
        note: 'schema input as generated',
      })),
    });
    kinds.push({
      weight: 1,
      arbitrary: fc.tuple(path, headers, sample, oddContentType).map(([p, h, body, type]) => ({
        method: route.method,
        path: p,
        headers: { ...h, ...(type !== undefined ? { 'content-type': type } : {}) },
        body: JSON.stringify(body) ?? 'null',
        note: `schema input as ${JSON.stringify(type?.slice(0, 60))}`,
      })),
    });
  }
  if (queryJs) {
    kinds.push({
      weight: 3,
      arbitrary: fc
        .tuple(
          path,
          headers,
          fromSchema(queryJs).chain((s) => fc.tuple(fc.constant(s), mutationOf(s))),
        )
        .map(([p, h, [base, m]]) => ({
          method: route.method,
          path: p + queryString(applyMutation(base, m)),
          headers: h,
          note: `query with ${describeMutation(m)}`,
        })),
    });
  }
  kinds.push({
    weight: 2,
    arbitrary: fc
      // `nil: undefined`: no body at all, which is not the JSON body `null` (one of the hostile values).
      .tuple(anyPath, oddQuery, headers, fc.option(hostileValue, { freq: 3, nil: undefined }))
      .map(([p, q, h, body]) => ({
        method: route.method,
        path: p + q,
        headers: body === undefined ? h : { ...json, ...h },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        note:
          body === undefined
            ? 'odd path or query'
            : `hostile JSON body ${(JSON.stringify(body) ?? '').slice(0, 40)}`,
      })),
  });
  kinds.push({
    weight: 1,
    arbitrary: fc.tuple(path, headers, rawBody).map(([p, h, body]) => ({
      method: route.method,
      path: p,
      headers: { ...json, ...h },
      body,
      note: `raw body ${JSON.stringify(body.subarray(0, 40).toString('latin1'))} (${body.length} bytes)`,
    })),
  });
  return fc.oneof(...kinds);
}

/** The field check: a body the route's own schema refuses is a 400 naming the field at fault. */
export function fieldProblems(c: ApiCase, answer: { status: number; text: string }): string[] {
  if (c.expectField === undefined) return [];
  if (answer.status === 413) return [];
  if (answer.status !== 400)
    return [`the schema refuses ${c.expectField || 'the body'}, but the answer is ${answer.status}`];
  let fields: string[] = [];
  try {
    fields = ((JSON.parse(answer.text).errors ?? []) as Array<{ field: string }>).map((e) => e.field);
  } catch {
    /* reported by the shape check */
  }
  if (!fields.some((f) => related(f, c.expectField!)))
    return [
      `the schema refuses ${JSON.stringify(c.expectField)}, but the 400 names ${JSON.stringify(fields)}`,
    ];
  return [];
}
