// An admin replaces the plan, as YAML text or as an object: validated whole; refused whole with every problem,
// and the plan in force stays in force.
import { DomainError } from '../../core/errors.js';
import { diffPlans, planToYaml, validatePlan, validatePlanYaml, type Plan } from '../../core/plan/index.js';
import { mergeIntoYaml } from '../../core/plan/yaml-merge.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { currentPlan, parseVersion } from './current-plan.js';
import { planRefused } from './plan-errors.js';
import { presentPlan } from './present-plan.js';
import { savePlanVersion } from './save-plan-version.js';
import { latestPlanVersion } from '../../store/repos/plan.js';

export interface ReplacePlanInput {
  yaml?: string | undefined;
  plan?: unknown;
  description: string;
  /** The version the change was made on: a newer version in force means someone else saved meanwhile. */
  base_version?: number | undefined;
}

/**
 * The YAML for a plan sent as an object (the edit forms): written into the version in force so its comments and
 * layout stay; a fresh document only if that ever fails to read back as the same plan.
 */
function yamlFor(previousYaml: string | undefined, plan: Plan): string {
  if (previousYaml !== undefined) {
    const merged = mergeIntoYaml(previousYaml, plan);
    const check = validatePlanYaml(merged, 'en');
    if (check.ok && diffPlans(check.plan, plan, 'en').length === 0) return merged;
  }
  return planToYaml(plan);
}

export async function replacePlan(ctx: Ctx, input: ReplacePlanInput) {
  const admin = requireActor(ctx, 'admin');
  if ((input.yaml === undefined) === (input.plan === undefined)) {
    throw new DomainError('invalid', 'error.plan_input', {}, [{ field: 'yaml', key: 'error.plan_input' }]);
  }
  const result =
    input.yaml !== undefined
      ? validatePlanYaml(input.yaml, admin.language)
      : validatePlan(input.plan, admin.language);
  if (!result.ok) throw planRefused(result.errors);
  const plan = result.plan;

  return inTransaction(ctx, async (u) => {
    const before = await latestPlanVersion(u.tx);
    if (input.base_version !== undefined && before && Number(before.number) !== input.base_version) {
      throw new DomainError('conflict', 'error.plan_changed_meanwhile', { version: Number(before.number) });
    }
    const previous = before ? parseVersion(ctx.store, before) : null;
    // YAML text is kept as written (comments and all), so any edit of it is a version; a plan sent as an object
    // is a version only when it says something different.
    const unchanged =
      before !== undefined &&
      (input.yaml !== undefined ? before.yaml === input.yaml : diffPlans(previous!, plan, 'en').length === 0);
    if (!unchanged) {
      const yaml = input.yaml ?? yamlFor(before?.yaml, plan);
      await savePlanVersion(u, {
        yaml,
        plan,
        previous,
        description: input.description,
        authorId: admin.id,
      });
    }
    const now = await currentPlan(ctx.store, u.tx);
    return { ...(await presentPlan(u.tx, now.row, now.plan, ctx.clock.now())), changed: !unchanged };
  });
}
