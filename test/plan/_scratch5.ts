import { validatePlanYaml } from '../../src/core/plan/index.js';
import { edit } from './support.js';
for (const [a, b] of [
  ['    name: Bob Jansen', '   name: Bob Jansen'],
  ['    name: Bob Jansen', '     name: Bob Jansen'],
  ['    email: bob@example.org', '     email: bob@example.org'],
  ['  - id: bob', '   - id: bob'],
  ['    deputies: [bob]', '    deputies: [bob'],
]) {
  const r = validatePlanYaml(edit([a!, b!]));
  console.log(JSON.stringify(b), r.ok ? 'OK' : r.errors.map((e) => `${e.line}:${e.column} ${e.message}`));
}
