// Reads a YAML document for validation, and orders and de-duplicates the problems found in it.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { SayYaml, YamlError } from './types.js';
import { syntaxErrors } from './yaml-syntax.js';

export type YamlRead =
  { ok: true; doc: Document; lineCounter: LineCounter; input: unknown } | { ok: false; errors: YamlError[] };

/** Parses the text; refuses it with every syntax error (line and column 1-based) when it cannot be read. */
export function readYaml(text: string, say: SayYaml): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = syntaxErrors(doc, lineCounter, say);
  if (syntax.length > 0) return { ok: false, errors: syntax };
  try {
    return { ok: true, doc, lineCounter, input: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    // Unresolved aliases are caught above, so what is left is the guard against alias bombs.
    return { ok: false, errors: [{ path: [], message: say('yaml.aliases') }] };
  }
}

/** The errors without repeats (the same message at the same path). */
export function uniqueErrors<E extends YamlError>(errors: E[]): E[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${JSON.stringify(e.path)}|${e.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The errors in the order of the text; those without a line last. */
export function inTextOrder<E extends YamlError>(errors: E[]): E[] {
  const last = Number.MAX_SAFE_INTEGER;
  return errors.sort((a, b) => (a.line ?? last) - (b.line ?? last) || (a.column ?? 0) - (b.column ?? 0));
}
