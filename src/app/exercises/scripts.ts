// The built-in exercise scripts (exercises/*.yaml: ransomware, phishing leading to a data breach, a portal outage;
// each in Dutch and English) and checking a script against the plan in force.
import { readdirSync, readFileSync } from 'node:fs';
import type { ScriptDetail, ScriptSummary, ScriptValidation } from '../../core/api/exercises.js';
import { DomainError } from '../../core/errors.js';
import { validateExerciseScriptYaml } from '../../core/exercise/validate.js';
import type { ExerciseScript } from '../../core/exercise/script.js';
import { requireActor, type Ctx } from '../context.js';
import { currentPlan } from '../plan/current-plan.js';

const folder = new URL('../../../exercises/', import.meta.url);
const ID = /^[a-z0-9-]{1,100}$/;

let cache: Map<string, { yaml: string; script: ExerciseScript }> | null = null;

/** The built-in scripts, read and checked (on their own, without a plan) once per process. */
function builtIns(): Map<string, { yaml: string; script: ExerciseScript }> {
  if (cache) return cache;
  const found = new Map<string, { yaml: string; script: ExerciseScript }>();
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const yaml = readFileSync(new URL(file, folder), 'utf8');
    const result = validateExerciseScriptYaml(yaml, 'en');
    // A broken built-in script is a bug the tests catch; the others stay usable.
    if (result.ok) found.set(file.slice(0, -'.yaml'.length), { yaml, script: result.script });
  }
  cache = found;
  return found;
}

export function summarise(script: ExerciseScript): Omit<ScriptSummary, 'id'> {
  return {
    title: script.title,
    language: script.language,
    scenario_id: script.scenario,
    objectives: script.objectives.map((o) => ({ id: o.id, description: o.description })),
    roles: script.roles,
    declared_by: script.incident.declared_by,
    injects: script.injects.length,
    expectations: script.expectations.length,
    duration_minutes: script.duration_minutes,
  };
}

/** A built-in script's YAML and parsed form; 404 for an unknown id. */
export function builtInScript(id: string): { yaml: string; script: ExerciseScript } {
  const found = ID.test(id) ? builtIns().get(id) : undefined;
  if (!found) throw new DomainError('not_found', 'error.not_found', { what: 'exercise_script' });
  return found;
}

export function listScripts(ctx: Ctx): { items: ScriptSummary[] } {
  requireActor(ctx, 'viewer');
  return { items: [...builtIns()].map(([id, s]) => ({ id, ...summarise(s.script) })) };
}

export function getScript(ctx: Ctx, id: string): ScriptDetail {
  requireActor(ctx, 'viewer');
  const found = builtInScript(id);
  return { id, ...summarise(found.script), yaml: found.yaml };
}

/** Checks a script against the plan in force; every problem in the caller's language with line and column. */
export async function validateScript(ctx: Ctx, yaml: string): Promise<ScriptValidation> {
  const actor = requireActor(ctx, 'responder');
  const { plan } = await currentPlan(ctx.store);
  const result = validateExerciseScriptYaml(yaml, actor.language, plan);
  return result.ok
    ? { ok: true, errors: [], summary: summarise(result.script) }
    : { ok: false, errors: result.errors, summary: null };
}
