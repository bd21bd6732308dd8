// Plan rules for the organisation's own jargon: each term once per language, whatever its capitals.
import { planLanguages } from './enums.js';
import type { Problem } from './problem.js';
import { isMap, maps, str, type RawMap } from './raw.js';

export function jargonProblems(plan: RawMap): Problem[] {
  if (!isMap(plan.jargon)) return [];
  const problems: Problem[] = [];
  for (const language of planLanguages) {
    const list = plan.jargon[language];
    const first = new Map<string, number>();
    for (const [index, item] of maps(list)) {
      const term = str(item.term);
      if (term === undefined || term.trim() === '') continue;
      const key = term.trim().toLocaleLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else
        problems.push({
          path: ['jargon', language, index, 'term'],
          key: 'jargon_duplicate',
          params: { term, n: earlier + 1 },
          byNumber: true,
        });
    }
  }
  return problems;
}
