// Names where a problem is in words: "inject 'ransom_note'", "expectation 3" and "'after.inject'".
import type { PlanLanguage } from '../plan/enums.js';
import { isMap, str } from '../plan/raw.js';
import { exerciseText, type ExerciseMessageKey } from './catalogue.js';
import type { ScriptPath } from './problem.js';

const listNouns: Record<string, ExerciseMessageKey> = {
  objectives: 'noun.objectives',
  injects: 'noun.injects',
  expectations: 'noun.expectations',
};

export interface Location {
  /** The part of the script: "inject 'ransom_note'"; "script" for a field at the top. */
  where: string;
  /** The field inside it, quoted as the YAML spells it: "'to' item 2"; empty when the path is the part. */
  field: string;
  /** The same without quotes, to stand before a quoted value: "id 'Ransom note'". */
  name: string;
}

/** "'title'", "'after.inject'", "'to' item 2"; a leading number borrows the key before it. */
function fieldLabel(
  rest: ScriptPath,
  before: string | number | undefined,
  lang: PlanLanguage,
  quote: string,
): string {
  if (rest.length === 0) return '';
  let label = '';
  let keys: string[] = typeof rest[0] === 'number' && typeof before === 'string' ? [before] : [];
  const join = () =>
    [label, keys.length ? `${quote}${keys.join('.')}${quote}` : ''].filter(Boolean).join(' ');
  for (const seg of rest) {
    if (typeof seg === 'string') {
      keys.push(seg);
      continue;
    }
    label = exerciseText(lang, 'label.item', { field: join(), n: seg + 1 });
    keys = [];
  }
  return join();
}

/** Splits a path into the part of the script it is in and the field. `whole`: the path ends at the part. */
export function locate(
  root: unknown,
  path: ScriptPath,
  lang: PlanLanguage,
  opts: { whole?: boolean; byNumber?: boolean } = {},
): Location {
  const limit = opts.whole ? path.length : path.length - 1;
  const [top, index] = path;
  let where = exerciseText(lang, 'loc.script');
  let used = 0;
  if (typeof top === 'string' && listNouns[top] && typeof index === 'number' && limit >= 2) {
    const list = isMap(root) ? root[top] : undefined;
    const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
    const id = isMap(item) ? str(item.id) : undefined;
    const noun = exerciseText(lang, listNouns[top]);
    where = id && !opts.byNumber ? `${noun} '${id}'` : `${noun} ${index + 1}`;
    used = 2;
  } else if (top === 'incident' && limit >= 1) {
    where = exerciseText(lang, 'loc.incident');
    used = 1;
  }
  const rest = path.slice(used);
  const before = used > 0 ? path[used - 1] : undefined;
  return { where, field: fieldLabel(rest, before, lang, "'"), name: fieldLabel(rest, before, lang, '') };
}
