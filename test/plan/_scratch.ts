import { readFileSync } from 'node:fs';
import { validatePlanYaml, planToYaml } from '../../src/core/plan/index.js';
const t = readFileSync(process.argv[2] ?? 'test/plan/fixtures/minimal.yaml', 'utf8');
const r = validatePlanYaml(t, (process.argv[3] as 'en') ?? 'en');
console.log(
  r.ok
    ? 'OK'
    : r.errors.map((e) => `${e.line}:${e.column} ${JSON.stringify(e.path)} ${e.message}`).join('\n'),
);
if (r.ok && process.argv[4]) console.log(planToYaml(r.plan));
