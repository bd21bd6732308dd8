// Names where a problem is in words: "scenario 'ransomware', phase 'containment', task 3" and "'deputies' item 2".
import { planText, type PlanMessageKey } from './catalogue.js';
import type { PlanLanguage } from './enums.js';
import type { PlanPath } from './problem.js';
import { isMap, str } from './raw.js';
import { fieldLabel } from '../yaml-check/field-label.js';
import type { Location, SayYaml } from '../yaml-check/types.js';

export const listNouns: Record<string, PlanMessageKey> = {
  people: 'noun.people',
  contacts: 'noun.contacts',
  roles: 'noun.roles',
  severities: 'noun.severities',
  services: 'noun.services',
  audiences: 'noun.audiences',
  scenarios: 'noun.scenarios',
};

const regulatoryParts: Record<string, PlanMessageKey> = {
  gdpr: 'loc.gdpr',
  nis2: 'loc.nis2',
  dora: 'loc.dora',
};

/** The lists inside an audience, each item named by its number: "audience 'employees', recipient 2". */
const audienceLists: Record<string, PlanMessageKey> = {
  recipients: 'noun.recipients',
  chat: 'noun.chat',
  webhooks: 'noun.webhooks',
};

type Context = 'root' | 'organisation' | 'regulatory' | 'audience' | 'scenario' | 'phase' | 'jargon' | 'leaf';

/** One step of the location: a fixed name, or a list item named by its id (or number). */
type Step =
  | { text: PlanMessageKey; arg?: string }
  | { noun: PlanMessageKey; index: number; id?: string | undefined; name?: string | undefined };

export type { Location };

/**
 * Splits a path into the part of the plan it is in and the field. `whole`: the path ends at the part itself.
 * Otherwise at least one step is left for the field, so "role 'legal': 'primary' is missing" can be said.
 */
export function locate(
  root: unknown,
  path: PlanPath,
  lang: PlanLanguage,
  /** names: call list items by their name (for people reading a history) rather than their id (for fixing YAML). */
  opts: { whole?: boolean; byNumber?: boolean; names?: boolean } = {},
): Location {
  const limit = opts.whole ? path.length : path.length - 1;
  const steps: Step[] = [];
  let ctx: Context = 'root';
  let node: unknown = root;
  let i = 0;
  const itemOf = (list: unknown, index: unknown) =>
    Array.isArray(list) && typeof index === 'number' ? (list[index] as unknown) : undefined;

  while (i < limit) {
    const seg = path[i];
    const next = path[i + 1];
    const child = isMap(node) && typeof seg === 'string' ? node[seg] : undefined;
    if (ctx === 'root' && seg === 'organisation') {
      steps.push({ text: 'loc.organisation' });
      [node, ctx, i] = [child, 'organisation', i + 1];
    } else if (ctx === 'organisation' && seg === 'press_contact') {
      steps.push({ text: 'loc.press_contact' });
      [node, ctx, i] = [child, 'leaf', i + 1];
    } else if (ctx === 'root' && seg === 'jargon' && typeof next === 'string' && i + 3 <= limit) {
      steps.push({ text: 'loc.jargon', arg: next });
      [node, ctx, i] = [isMap(child) ? child[next] : undefined, 'jargon', i + 2];
    } else if (ctx === 'jargon' && typeof seg === 'number') {
      const item = itemOf(node, seg);
      steps.push({ noun: 'noun.jargon', index: seg, id: isMap(item) ? str(item.term) : undefined });
      [node, ctx, i] = [item, 'leaf', i + 1];
    } else if (ctx === 'root' && seg === 'regulatory') {
      steps.push({ text: 'loc.regulatory' });
      [node, ctx, i] = [child, 'regulatory', i + 1];
    } else if (ctx === 'regulatory' && typeof seg === 'string' && regulatoryParts[seg]) {
      steps.push({ text: regulatoryParts[seg] });
      [node, ctx, i] = [child, 'leaf', i + 1];
    } else if (
      ctx === 'root' &&
      typeof seg === 'string' &&
      listNouns[seg] &&
      typeof next === 'number' &&
      i + 2 <= limit
    ) {
      const item = itemOf(child, next);
      steps.push({
        noun: listNouns[seg],
        index: next,
        id: isMap(item) ? str(item.id) : undefined,
        name: isMap(item) ? (str(item.name) ?? str(item.organisation)) : undefined,
      });
      const inside: Context = seg === 'scenarios' ? 'scenario' : seg === 'audiences' ? 'audience' : 'leaf';
      [node, ctx, i] = [item, inside, i + 2];
    } else if (
      ctx === 'audience' &&
      typeof seg === 'string' &&
      audienceLists[seg] &&
      typeof next === 'number' &&
      i + 2 <= limit
    ) {
      steps.push({ noun: audienceLists[seg], index: next });
      [node, ctx, i] = [itemOf(child, next), 'leaf', i + 2];
    } else if (ctx === 'scenario' && seg === 'phases' && typeof next === 'string' && i + 3 <= limit) {
      steps.push({ text: 'noun.phase', arg: next });
      [node, ctx, i] = [isMap(child) ? child[next] : undefined, 'phase', i + 2];
    } else if (ctx === 'scenario' && seg === 'templates' && typeof next === 'number' && i + 2 <= limit) {
      const item = itemOf(child, next);
      steps.push({ noun: 'noun.templates', index: next, id: isMap(item) ? str(item.id) : undefined });
      [node, ctx, i] = [item, 'leaf', i + 2];
    } else if (ctx === 'phase' && typeof seg === 'number') {
      // Only reached with a field after the task (see the phase step), so the task is always named.
      steps.push({ noun: 'noun.task', index: seg });
      [node, ctx, i] = [itemOf(node, seg), 'leaf', i + 1];
    } else break;
  }

  const words = steps.map((step, n) => {
    if ('text' in step)
      return step.arg === undefined
        ? planText(lang, step.text)
        : `${planText(lang, step.text)} '${step.arg}'`;
    const byNumber = opts.byNumber && n === steps.length - 1;
    const noun = planText(lang, step.noun);
    const called = opts.names && step.name ? step.name : step.id;
    return called && !byNumber ? `${noun} '${called}'` : `${noun} ${step.index + 1}`;
  });
  const where = words.length > 0 ? words.join(', ') : planText(lang, 'loc.plan');
  const rest = path.slice(i);
  const say: SayYaml = (key, params) => planText(lang, key, params);
  return { where, field: fieldLabel(rest, path[i - 1], say), name: fieldLabel(rest, path[i - 1], say, '') };
}
