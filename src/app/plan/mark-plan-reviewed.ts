// An admin records that the plan was reviewed today: a new version with reviewed_at set, comments kept.
import { t } from '../../core/i18n/index.js';
import { setYamlValue, validatePlanYaml } from '../../core/plan/index.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { currentPlan } from './current-plan.js';
import { planRefused } from './plan-errors.js';
import { presentPlan } from './present-plan.js';
import { savePlanVersion } from './save-plan-version.js';

export async function markPlanReviewed(ctx: Ctx) {
  const admin = requireActor(ctx, 'admin');
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return inTransaction(ctx, async (u) => {
    const current = await currentPlan(ctx.store, u.tx);
    const yaml = setYamlValue(current.row.yaml, ['reviewed_at'], today);
    const result = validatePlanYaml(yaml, admin.language);
    if (!result.ok) throw planRefused(result.errors);
    await savePlanVersion(u, {
      yaml,
      plan: result.plan,
      previous: current.plan,
      description: t(admin.language, 'plan.reviewed_description', { date: today }),
      authorId: admin.id,
    });
    const { row, plan } = await currentPlan(ctx.store, u.tx);
    return { ...(await presentPlan(u.tx, row, plan, ctx.clock.now())), changed: true };
  });
}
