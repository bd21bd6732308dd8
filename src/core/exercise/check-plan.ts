// Whether a script fits the plan it runs on: its scenario, roles, severity, audiences and tasks exist there.
import { phases, type Plan, type PlanScenario } from '../plan/index.js';
import { isMap, maps, str, strings, type RawMap } from '../plan/raw.js';
import type { ScriptProblem } from './problem.js';
import { matchingTasks } from './script.js';

const list = (ids: Iterable<string>) => [...ids].join(', ');

function taskProblems(scenario: PlanScenario, task: string, path: (string | number)[]): ScriptProblem[] {
  const titles = phases.flatMap((phase) => scenario.phases[phase].map((t) => t.title));
  const count = matchingTasks(
    task,
    titles.map((title) => ({ title })),
  ).length;
  if (count === 1) return [];
  const params = { task, scenario: scenario.id, count };
  return [{ path, key: count === 0 ? 'task_unknown' : 'task_ambiguous', params }];
}

/** Every place where the script names something the plan does not have. */
export function planProblems(script: RawMap, plan: Plan): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  const roleIds = new Set(plan.roles.map((r) => r.id));
  const audienceIds = new Set(plan.audiences.map((a) => a.id));
  const scenarioId = str(script.scenario);
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (scenarioId !== undefined && !scenario)
    problems.push({
      path: ['scenario'],
      key: 'scenario_unknown',
      params: { id: scenarioId, ids: list(plan.scenarios.map((s) => s.id)) },
    });

  const role = (id: string, path: (string | number)[]) => {
    if (!roleIds.has(id)) problems.push({ path, key: 'role_unknown', params: { id, ids: list(roleIds) } });
  };
  for (const [i, id] of strings(script.roles)) role(id, ['roles', i]);

  const severity = isMap(script.incident) ? str(script.incident.severity) : undefined;
  if (severity !== undefined && !plan.severities.some((s) => s.id === severity))
    problems.push({
      path: ['incident', 'severity'],
      key: 'severity_unknown',
      params: { id: severity, ids: list(plan.severities.map((s) => s.id)) },
    });

  for (const [i, expectation] of maps(script.expectations)) {
    const at = (field: string) => ['expectations', i, field];
    if (expectation.kind === 'role_assigned' && typeof expectation.role === 'string')
      role(expectation.role, at('role'));
    if (expectation.kind === 'message_published' && typeof expectation.audience === 'string') {
      const audience = expectation.audience;
      if (!audienceIds.has(audience))
        problems.push({
          path: at('audience'),
          key: 'audience_unknown',
          params: { id: audience, ids: list(audienceIds) },
        });
      else if (scenario && !scenario.audiences.includes(audience))
        problems.push({
          path: at('audience'),
          key: 'audience_not_in_scenario',
          params: { id: audience, scenario: scenario.id, ids: list(scenario.audiences) },
        });
    }
    if (expectation.kind === 'task_done' && typeof expectation.task === 'string' && scenario)
      problems.push(...taskProblems(scenario, expectation.task, at('task')));
  }
  return problems;
}
