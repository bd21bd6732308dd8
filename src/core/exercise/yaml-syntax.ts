// Puts the YAML parser's complaints about a script (tabs, bad indentation, unclosed quotes, ...) into plain words.
import { visit, type Document, type LineCounter } from 'yaml';
import type { PlanLanguage } from '../plan/enums.js';
import { exerciseText, type ExerciseMessageKey } from './catalogue.js';
import type { ScriptError } from './problem.js';

const byCode: Record<string, ExerciseMessageKey> = {
  TAB_AS_INDENT: 'yaml.tab',
  BAD_INDENT: 'yaml.indent',
  DUPLICATE_KEY: 'yaml.duplicate_key',
  MISSING_CHAR: 'yaml.missing_char',
  BAD_DQ_ESCAPE: 'yaml.escape',
  BAD_SCALAR_START: 'yaml.reserved',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.nested',
  MULTILINE_IMPLICIT_KEY: 'yaml.key_line',
  MULTIPLE_DOCS: 'yaml.multiple_docs',
};

/** Every syntax error of the document (the first on each line), and every alias that refers to no anchor. */
export function syntaxErrors(doc: Document, counter: LineCounter, lang: PlanLanguage): ScriptError[] {
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  const errors: ScriptError[] = [];
  const lines = new Set<number>();
  for (const e of doc.errors) {
    const where = at(e.pos[0]);
    if (lines.has(where.line)) continue;
    lines.add(where.line);
    // "Sequence item without - indicator" comes under MISSING_CHAR, but it means a line is indented wrongly.
    const key = /indicator/.test(e.message) ? 'yaml.indent' : (byCode[e.code] ?? 'yaml.unreadable');
    errors.push({ path: [], ...where, message: exerciseText(lang, key) });
  }
  if (errors.length > 0) return errors;
  visit(doc, {
    Alias(_, node) {
      if (!node.resolve(doc))
        errors.push({
          path: [],
          ...at(node.range?.[0] ?? 0),
          message: exerciseText(lang, 'yaml.alias', { alias: `*${node.source}` }),
        });
    },
  });
  return errors;
}
