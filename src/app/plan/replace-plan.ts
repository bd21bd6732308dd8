// An admin replaces the plan, as YAML text or as an object: validated whole; refused whole with every problem,
// and the plan in force stays in force.
import { DomainError } from '../../core/errors.js';
import { diffPlans, planToYaml, validatePlan, validatePlanYaml } from '../../core/plan/index.js';
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
  const yaml = input.yaml ?? planToYaml(result.plan);

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
      (input.yaml !== undefined
        ? before.yaml === yaml
        : diffPlans(previous!, result.plan, 'en').length === 0);
    if (!unchanged) {
      await savePlanVersion(u, {
        yaml,
        plan: result.plan,
        previous,
        description: input.description,
        authorId: admin.id,
      });
    }
    const { row, plan } = await currentPlan(ctx.store, u.tx);
    return { ...(await presentPlan(u.tx, row, plan, ctx.clock.now())), changed: !unchanged };
  });
}
