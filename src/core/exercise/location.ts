// Names where a problem is in words: "inject 'ransom_note'", "expectation 3" and "'after.inject'".
import type { PlanLanguage } from '../plan/enums.js';
import { isMap, str } from '../plan/raw.js';
import { fieldLabel } from '../yaml-check/field-label.js';
import type { Location, SayYaml } from '../yaml-check/types.js';
import { exerciseText, type ExerciseMessageKey } from './catalogue.js';
import type { ScriptPath } from './problem.js';

const listNouns: Record<string, ExerciseMessageKey> = {
  objectives: 'noun.objectives',
  injects: 'noun.injects',
  expectations: 'noun.expectations',
};

export type { Location };

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
  const say: SayYaml = (key, params) => exerciseText(lang, key, params);
  return { where, field: fieldLabel(rest, before, say), name: fieldLabel(rest, before, say, '') };
}
