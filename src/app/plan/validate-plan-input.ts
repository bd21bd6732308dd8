// Checks a plan without storing it: for the YAML editor and for scripts.
import { validatePlan, validatePlanYaml } from '../../core/plan/index.js';
import { DomainError } from '../../core/errors.js';
import { requireActor, type Ctx } from '../context.js';

export function validatePlanInput(ctx: Ctx, input: { yaml?: string | undefined; plan?: unknown }) {
  const me = requireActor(ctx, 'responder');
  if ((input.yaml === undefined) === (input.plan === undefined)) {
    throw new DomainError('invalid', 'error.plan_input', {}, [{ field: 'yaml', key: 'error.plan_input' }]);
  }
  const result =
    input.yaml !== undefined
      ? validatePlanYaml(input.yaml, me.language)
      : validatePlan(input.plan, me.language);
  return { ok: result.ok, errors: result.ok ? [] : result.errors };
}
