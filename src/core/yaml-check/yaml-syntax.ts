// Puts the YAML parser's complaints (tabs, bad indentation, unclosed quotes, ...) into plain words.
import { visit, type Document, type LineCounter } from 'yaml';
import type { SayYaml, YamlCheckKey, YamlError } from './types.js';

const byCode: Record<string, YamlCheckKey | 'yaml.multiple_docs'> = {
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
export function syntaxErrors(doc: Document, counter: LineCounter, say: SayYaml): YamlError[] {
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  const errors: YamlError[] = [];
  const lines = new Set<number>();
  for (const e of doc.errors) {
    const where = at(e.pos[0]);
    // One mistake often trips the parser several times on the same line; the first complaint is the useful one.
    if (lines.has(where.line)) continue;
    lines.add(where.line);
    // "Sequence item without - indicator" comes under MISSING_CHAR, but it means a line is indented wrongly.
    const key = /indicator/.test(e.message) ? 'yaml.indent' : (byCode[e.code] ?? 'yaml.unreadable');
    errors.push({ path: [], ...where, message: say(key) });
  }
  if (errors.length > 0) return errors;
  visit(doc, {
    Alias(_, node) {
      if (!node.resolve(doc))
        errors.push({
          path: [],
          ...at(node.range?.[0] ?? 0),
          message: say('yaml.alias', { alias: `*${node.source}` }),
        });
    },
  });
  return errors;
}
