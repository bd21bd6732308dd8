import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { validatePlanYaml, planToYaml } from '../../src/core/plan/index.js';
for (const f of ['plans/starter-nl.yaml', 'plans/starter-en.yaml']) {
  const r = validatePlanYaml(readFileSync(f, 'utf8'));
  if (!r.ok) throw new Error('invalid');
  const y = planToYaml(r.plan);
  const r2 = validatePlanYaml(y);
  console.log(f, r2.ok && isDeepStrictEqual(r2.plan, r.plan), y.length, planToYaml((r2 as any).plan) === y);
  if (f.includes('-nl'))
    console.log(y.split('\n').slice(0, 12).join('\n'), '\n...\n', y.split('\n').slice(560, 600).join('\n'));
}
