import { readFileSync } from 'node:fs';
import { validatePlanYaml } from '../../src/core/plan/index.js';
const base = readFileSync('test/plan/fixtures/minimal.yaml', 'utf8');
const muts: Array<[string, string]> = JSON.parse(readFileSync(0, 'utf8'));
for (const [a, b] of muts) {
  if (!base.includes(a)) {
    console.log('NOT FOUND', a);
    continue;
  }
  const r = validatePlanYaml(base.replace(a, b), (process.argv[2] as 'en') ?? 'en');
  console.log('---', JSON.stringify(a), '=>', JSON.stringify(b));
  console.log(
    r.ok
      ? 'OK'
      : r.errors.map((e) => `${e.line}:${e.column} ${JSON.stringify(e.path)} ${e.message}`).join('\n'),
  );
}
