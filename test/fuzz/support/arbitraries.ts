// Generated input for the fuzz tests: hostile values of every JSON type, raw request bodies (invalid UTF-8, deep
// nesting, broken JSON), odd content types and path segments, and valid-looking input built from a route's own
// JSON Schema with exactly one field spoiled.
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonSchema = Record<string, any>;

/**
 * Percent-encodes any string, lone surrogates too (as the three bytes UTF-8 would give them, which are not valid
 * UTF-8: what a broken client sends), where encodeURIComponent throws.
 */
export function encodeAny(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(ch);
  }
  return out;
}

export const boundaryNumbers = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  255,
  256,
  65535,
  65536,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
];

const nasty = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\uffff\ufffe',
  '\u202e\u200f\u200b',
  '🌩️👨‍👩‍👧‍👦',
  'Zoë Ĳsselmeer',
  '%00',
  '%ff%fe',
  '../../etc/passwd',
  '..\\..\\windows',
  "' or 1=1 --",
  '"; drop table accounts; --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  'null',
  'true',
  '-1',
  '1e400',
  '2026-02-30T25:61:61Z',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  '275760-09-13T00:00:00.001Z',
  '@',
  'a@b',
  'x@example.org',
  '00000000-0000-0000-0000-000000000000',
  'INC-0000-0000',
  'sev1',
  'en',
  'nl',
  'admin',
  'closed',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nasty) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 20_000, 200_000).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 60_000).map((n) => 'ä😀'.repeat(n)) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...boundaryNumbers),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

function nest(depth: number, leaf: Json, asArray: boolean): Json {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
}

/** Any JSON value, leaning on the shapes that break handlers: wrong types, huge, deep, odd keys. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof<Array<fc.WeightedArbitrary<Json>>>(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }).map((s) => JSON.parse(s) as Json) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(20, 200, 2_000), fc.boolean())
      .map(([d, asArray]) => nest(d, 'deep', asArray)),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 50_000).map((n) => Array.from({ length: n }, () => 'x')) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.oneof(
        hostileString.filter((s) => s.length < 100),
        fc.constantFrom('__proto__', 'constructor'),
      ),
      fc.constantFrom<Json>(null, 1, 'x', {}),
      { maxKeys: 4 },
    ),
  },
);

/** A whole body that is not well-formed JSON or not UTF-8, sent as application/json. */
export const rawBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom(
    Buffer.from(''),
    Buffer.from(' '),
    Buffer.from('{'),
    Buffer.from('{"a":'),
    Buffer.from('[1,2'),
    Buffer.from('nul'),
    Buffer.from('{"a":1}garbage'),
    Buffer.from('{"a":1,"a":2}'),
    Buffer.from('{"__proto__":{"admin":true}}'),
    Buffer.from('{"constructor":{"prototype":{"admin":true}}}'),
    Buffer.from('\ufeff{}'),
    Buffer.from('{"title":"\\ud800"}'),
    Buffer.from('{"title":"\\u0000"}'),
    Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), // {"t":"<bad>"}
    Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]),
    Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    Buffer.from('1e999999'),
    Buffer.from('-0'),
    Buffer.from('"\\u'),
    Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
    Buffer.from('{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)),
  ),
  fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
  fc
    .tuple(fc.json({ maxDepth: 2 }), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat())
    .map(([json, bytes, at]) => {
      const b = Buffer.from(json);
      const cut = b.length === 0 ? 0 : at % b.length;
      return Buffer.concat([b.subarray(0, cut), Buffer.from(bytes), b.subarray(cut)]);
    }),
);

export const oddContentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  '',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/xml',
  'application/octet-stream',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/problem+json',
  'application/merge-patch+json',
  'application/json;;;',
  'application/json, text/plain',
  '*/*',
  'a'.repeat(2_000),
);

/**
 * A path segment as sent on the request line: percent-encoded hostile text, raw bytes 0x80-0xff (written as
 * latin1, so the server sees bytes that are not UTF-8), or an encoded slash or dot segment.
 */
export const oddSegment: fc.Arbitrary<string> = fc.oneof(
  hostileString.filter((s) => s.length > 0 && s.length < 2_000).map(encodeAny),
  fc.constantFrom(
    '%ff',
    '%c0%af',
    '%ed%a0%80',
    '%',
    '%zz',
    '%00',
    '..',
    '%2e%2e',
    '%2F',
    'a%2Fb',
    '-1',
    '0',
    '1e3',
    '9'.repeat(40),
    'a'.repeat(501),
    'a'.repeat(5_000),
    '%20',
  ),
  fc
    .array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 8 })
    .map((codes) => String.fromCharCode(...codes)),
);

/** A query string of odd parameters: repeated, empty, raw bytes, huge. */
export const oddQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('lang', 'limit', 'before', 'status', 'all', 'from', 'to', 'q'), oddSegment),
      fc.oneof(oddSegment, fc.constantFrom('', 'nl', 'en', '1', '-1', 'true', '[]', '{}')),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : ''));

// ---------------------------------------------------------------------------------------------------------------
// Valid-looking input from a JSON Schema (as zod's toJSONSchema writes it), and one-field mutations of it.

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; i < 20 && typeof s?.$ref === 'string'; i++) {
    const name = s.$ref.replace(/^#\/(\$defs|definitions)\//, '');
    s = s.$ref === '#' ? root : (root.$defs?.[name] ?? root.definitions?.[name] ?? {});
  }
  return s ?? {};
}

const formats: Record<string, fc.Arbitrary<string>> = {
  email: fc.emailAddress().filter((e) => e.length < 200),
  'date-time': fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  date: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  uuid: fc.uuid(),
  uri: fc.webUrl(),
  url: fc.webUrl(),
};

function stringFrom(s: JsonSchema): fc.Arbitrary<string> {
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : min + 30;
  if (typeof s.format === 'string' && formats[s.format]) return formats[s.format]!;
  if (typeof s.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= max);
    } catch {
      /* a pattern JavaScript cannot read: fall through */
    }
  }
  const short = Math.min(max, min + 30);
  return fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: min, maxLength: short }) },
    // The boundary itself: exactly the longest allowed.
    { weight: max - min > 0 && max < 1_000_000 ? 1 : 0, arbitrary: fc.constant('y'.repeat(max)) },
  );
}

/** An arbitrary for values meant to satisfy `schema` (best effort: refinements zod cannot describe are missed). */
export function fromSchema(schema: JsonSchema, root: JsonSchema = schema, depth = 0): fc.Arbitrary<Json> {
  const s = resolve(schema, root);
  if (depth > 6) return fc.constant(null);
  if ('const' in s) return fc.constant(s.const as Json);
  if (Array.isArray(s.enum) && s.enum.length > 0) return fc.constantFrom(...(s.enum as Json[]));
  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0)
    return fc.oneof(...alternatives.map((a) => fromSchema(a, root, depth + 1)));
  if (Array.isArray(s.allOf) && s.allOf.length > 0) return fromSchema(s.allOf[0], root, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1000);
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1000);
      const lo = Math.max(min, -1e9);
      const hi = Math.min(Math.max(max, lo), 1e9);
      return type === 'integer'
        ? fc.oneof(
            fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }),
            fc.constantFrom(Math.ceil(lo), Math.floor(hi)),
          )
        : fc.double({ min: lo, max: hi, noNaN: true });
    }
    case 'string':
      return stringFrom(s);
    case 'array': {
      const items = (Array.isArray(s.prefixItems) ? undefined : s.items) ?? {};
      const min = typeof s.minItems === 'number' ? s.minItems : 0;
      const max = Math.min(typeof s.maxItems === 'number' ? s.maxItems : min + 3, min + 3);
      return fc.array(fromSchema(items, root, depth + 1), { minLength: min, maxLength: max });
    }
    case 'object':
    default: {
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      if (Object.keys(props).length === 0) {
        if (type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object')
          return fc.dictionary(
            fc.string({ minLength: 1, maxLength: 10 }),
            fromSchema(s.additionalProperties, root, depth + 1),
            { maxKeys: 3 },
          );
        return type === 'object' ? fc.constant({}) : fc.constant('x');
      }
      const required = new Set<string>((s.required as string[] | undefined) ?? []);
      const record: Record<string, fc.Arbitrary<Json>> = {};
      for (const [k, v] of Object.entries(props)) record[k] = fromSchema(v, root, depth + 1);
      return fc.record(record, {
        requiredKeys: [...required].filter((k) => k in record),
      }) as fc.Arbitrary<Json>;
    }
  }
}

export type Mutation =
  | { kind: 'replace'; path: string[]; value: Json }
  | { kind: 'remove'; path: string[] }
  | { kind: 'unknown'; path: string[]; key: string; value: Json };

/** Every path into a JSON value (the root is []), objects' keys and arrays' indexes. */
function paths(v: Json, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at);
  if (at.length > 6) return out;
  if (Array.isArray(v)) v.slice(0, 5).forEach((x, i) => paths(x, [...at, String(i)], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

export function mutationOf(sample: Json): fc.Arbitrary<Mutation> {
  const all = paths(sample);
  const inner = all.filter((p) => p.length > 0);
  const containers = all.filter((p) => {
    const v = get(sample, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const options: Array<fc.Arbitrary<Mutation>> = [
    fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...all), value: hostileValue }),
  ];
  if (inner.length > 0)
    options.push(fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...inner) }));
  if (containers.length > 0)
    options.push(
      fc.record({
        kind: fc.constant('unknown' as const),
        path: fc.constantFrom(...containers),
        key: fc.oneof(
          fc.constantFrom('extra', 'is_admin', '__proto__', 'id'),
          fc.string({ minLength: 1, maxLength: 12 }),
        ),
        value: hostileValue,
      }),
    );
  return fc.oneof(...options);
}

function get(v: Json, path: string[]): Json {
  let cur: Json = v;
  for (const k of path) cur = cur && typeof cur === 'object' ? ((cur as any)[k] as Json) : null;
  return cur;
}

export function applyMutation(sample: Json, m: Mutation): Json {
  const copy = JSON.parse(JSON.stringify(sample)) as Json;
  if (m.path.length === 0 && m.kind === 'replace') return m.value;
  const parent = m.kind === 'unknown' ? get(copy, m.path) : get(copy, m.path.slice(0, -1));
  if (!parent || typeof parent !== 'object') return copy;
  const key = m.kind === 'unknown' ? m.key : m.path[m.path.length - 1]!;
  if (m.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, Json>)[key];
  } else {
    // defineProperty: a key named __proto__ becomes an own property, as JSON.parse would make it.
    Object.defineProperty(parent, key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

export function describeMutation(m: Mutation): string {
  const at = m.path.join('.') || '(root)';
  const v = (x: Json) => {
    const s = JSON.stringify(x) ?? String(x);
    return s.length > 60 ? `${s.slice(0, 60)}… (${s.length} chars)` : s;
  };
  if (m.kind === 'remove') return `without ${at}`;
  if (m.kind === 'unknown') return `${at} with unknown ${JSON.stringify(m.key)}=${v(m.value)}`;
  return `${at} = ${v(m.value)}`;
}
