// Plan rules for scenarios: task owners, audiences and services exist; templates fit their audience; holding
// statements are ready for every audience and language; templates use known variables only.
import { phases, planLanguages } from './enums.js';
import type { PlanPath, Problem } from './problem.js';
import { idsOf, isMap, maps, section, str, strings, type RawMap } from './raw.js';
import { closest } from './similar.js';
import { isTemplateVariable, scanTemplate, templateVariables } from './template-variables.js';

/** The audience's languages that are valid ones (an invalid one is reported by the shape check). */
function languagesOf(audience: RawMap | undefined): string[] {
  const valid: readonly string[] = planLanguages;
  return audience
    ? strings(audience.languages)
        .map(([, l]) => l)
        .filter((l) => valid.includes(l))
    : [];
}

function taskProblems(scenario: RawMap, base: PlanPath, roles: Set<string>): Problem[] {
  if (!isMap(scenario.phases)) return [];
  const problems: Problem[] = [];
  let tasks = 0;
  let complete = true;
  for (const phase of phases) {
    const list = scenario.phases[phase];
    if (!Array.isArray(list)) complete = false;
    else tasks += list.length;
    for (const [index, task] of maps(list)) {
      const owner = str(task.owner);
      if (owner !== undefined && !roles.has(owner))
        problems.push({
          path: [...base, 'phases', phase, index, 'owner'],
          key: 'owner_not_role',
          params: { id: owner },
        });
    }
  }
  if (complete && tasks === 0) problems.push({ path: [...base, 'phases'], key: 'scenario_no_tasks' });
  return problems;
}

function variableProblems(text: string, path: PlanPath): Problem[] {
  const { uses, unclosed } = scanTemplate(text);
  const problems: Problem[] = uses
    .filter((use) => !isTemplateVariable(use.name))
    .map((use): Problem => {
      const suggestion = closest(use.name, templateVariables);
      return suggestion
        ? {
            path,
            key: 'variable_unknown_suggest',
            params: { variable: use.raw, suggestion: `{{${suggestion}}}` },
            needle: use.raw,
          }
        : { path, key: 'variable_unknown', params: { variable: use.raw }, needle: use.raw };
    });
  if (unclosed)
    problems.push({ path, key: 'variable_unclosed', params: { open: '{{', close: '}}' }, needle: '{{' });
  return problems;
}

function templateProblems(plan: RawMap, scenario: RawMap, base: PlanPath): Problem[] {
  const audiences = new Map(
    section(plan, 'audiences').flatMap(([, a]) => (typeof a.id === 'string' ? [[a.id, a]] : [])),
  );
  const informed = Array.isArray(scenario.audiences)
    ? new Set(strings(scenario.audiences).map(([, a]) => a))
    : undefined;
  const problems: Problem[] = [];
  for (const [index, template] of maps(scenario.templates)) {
    const at = [...base, 'templates', index];
    const id = str(template.audience);
    const audience = id === undefined ? undefined : audiences.get(id);
    if (id !== undefined && !audience)
      problems.push({ path: [...at, 'audience'], key: 'audience_not_audience', params: { id } });
    else if (id !== undefined && informed && !informed.has(id))
      problems.push({ path: [...at, 'audience'], key: 'template_audience_not_informed', params: { id } });
    const language = str(template.language);
    const languages = languagesOf(audience);
    if (
      id &&
      audience &&
      language &&
      languages.length > 0 &&
      (language === 'nl' || language === 'en') &&
      !languages.includes(language)
    )
      problems.push({
        path: [...at, 'language'],
        key: 'template_language',
        params: { language, audience: id, languages: languages.join(', ') },
      });
    for (const field of ['subject', 'body']) {
      const text = str(template[field]);
      if (text !== undefined) problems.push(...variableProblems(text, [...at, field]));
    }
  }
  if (!Array.isArray(scenario.templates) || !informed) return problems;
  const holding = new Set(
    maps(scenario.templates)
      .filter(([, t]) => t.kind === 'holding')
      .map(([, t]) => `${String(t.audience)}/${String(t.language)}`),
  );
  for (const id of informed) {
    for (const language of new Set(languagesOf(audiences.get(id)))) {
      if (!holding.has(`${id}/${language}`))
        problems.push({
          path: [...base, 'templates'],
          key: 'holding_missing',
          params: { audience: id, language },
        });
    }
  }
  return problems;
}

export function scenarioProblems(plan: RawMap): Problem[] {
  const roles = idsOf(section(plan, 'roles'));
  const audiences = idsOf(section(plan, 'audiences'));
  const services = idsOf(section(plan, 'services'));
  const problems: Problem[] = [];
  for (const [index, scenario] of section(plan, 'scenarios')) {
    const base = ['scenarios', index];
    for (const [k, id] of strings(scenario.audiences))
      if (!audiences.has(id))
        problems.push({ path: [...base, 'audiences', k], key: 'audience_not_audience', params: { id } });
    for (const [k, id] of strings(scenario.services))
      if (!services.has(id))
        problems.push({ path: [...base, 'services', k], key: 'service_not_service', params: { id } });
    problems.push(...taskProblems(scenario, base, roles), ...templateProblems(plan, scenario, base));
  }
  return problems;
}
