import { validatePlanYaml, validatePlan } from '../../src/core/plan/index.js';
for (const t of ['', '# only a comment\n', '- a\n- b\n', 'just text', 'schema_version: 1\n'])
  console.log(JSON.stringify(t), JSON.stringify(validatePlanYaml(t)));
console.log(JSON.stringify(validatePlan({ schema_version: 1 })));
console.log(JSON.stringify(validatePlan(null, 'nl')));
