// An admin brings back an older version of the plan, as a new version (history is never rewritten).
import { t } from '../../core/i18n/index.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { currentPlan, planVersion } from './current-plan.js';
import { presentPlan } from './present-plan.js';
import { savePlanVersion } from './save-plan-version.js';

export async function restorePlanVersion(ctx: Ctx, number: number) {
  const admin = requireActor(ctx, 'admin');
  const old = await planVersion(ctx.store, number);
  return inTransaction(ctx, async (u) => {
    const { plan: previous } = await currentPlan(ctx.store, u.tx);
    await savePlanVersion(u, {
      yaml: old.row.yaml,
      plan: old.plan,
      previous,
      description: t(admin.language, 'plan.restored_description', { number }),
      authorId: admin.id,
      restoredFrom: number,
    });
    const { row, plan } = await currentPlan(ctx.store, u.tx);
    return { ...(await presentPlan(u.tx, row, plan, ctx.clock.now())), changed: true };
  });
}
