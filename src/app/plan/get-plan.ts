// Responders and admins read the plan in force.
import { requireActor, type Ctx } from '../context.js';
import { currentPlan } from './current-plan.js';
import { presentPlan } from './present-plan.js';

export async function getPlan(ctx: Ctx) {
  requireActor(ctx, 'responder');
  const { row, plan } = await currentPlan(ctx.store);
  return presentPlan(ctx.store.db, row, plan, ctx.clock.now());
}
