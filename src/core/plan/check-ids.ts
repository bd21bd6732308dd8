// Plan rules about ids: no id twice in a list, no value twice in a short list, the standard roles present.
import { standardRoles } from './enums.js';
import { listNouns } from './location.js';
import type { PlanMessageKey } from './catalogue.js';
import type { PlanPath, Problem } from './problem.js';
import { idsOf, maps, section, strings, type RawMap } from './raw.js';

function duplicateIds(items: Array<[number, RawMap]>, base: PlanPath, noun: PlanMessageKey): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const [index, item] of items) {
    if (typeof item.id !== 'string') continue;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else
      problems.push({
        path: [...base, index, 'id'],
        key: 'duplicate_id',
        params: { id: item.id, n: earlier + 1 },
        terms: { noun },
        byNumber: true,
      });
  }
  return problems;
}

function repeated(list: unknown, path: PlanPath): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const [, value] of strings(list)) {
    if (seen.has(value)) problems.push({ path, key: 'list_duplicate', params: { value } });
    seen.add(value);
  }
  return problems;
}

/** The short lists in which a value may appear only once, per top-level list. */
const shortLists: Record<string, string[]> = {
  roles: ['deputies', 'may_approve'],
  audiences: ['channels', 'languages', 'approval_chain'],
  scenarios: ['detection_hints', 'legal_regimes', 'audiences', 'services'],
};

export function idProblems(plan: RawMap): Problem[] {
  const problems: Problem[] = [];
  for (const [list, noun] of Object.entries(listNouns)) {
    problems.push(...duplicateIds(section(plan, list), [list], noun));
  }
  for (const [index, scenario] of section(plan, 'scenarios')) {
    problems.push(
      ...duplicateIds(maps(scenario.templates), ['scenarios', index, 'templates'], 'noun.templates'),
    );
  }
  for (const [list, fields] of Object.entries(shortLists)) {
    for (const [index, item] of section(plan, list)) {
      for (const field of fields) problems.push(...repeated(item[field], [list, index, field]));
    }
  }
  if (Array.isArray(plan.roles)) {
    const roles = idsOf(section(plan, 'roles'));
    for (const id of standardRoles.filter((r) => !roles.has(r))) {
      problems.push({
        path: ['roles'],
        key: 'standard_role_missing',
        params: { id, roles: standardRoles.join(', ') },
      });
    }
  }
  return problems;
}
