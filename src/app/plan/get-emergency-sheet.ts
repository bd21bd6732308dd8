// The emergency sheet of the plan in force, for the print page and the PDF.
import { emergencySheet } from '../../core/plan/index.js';
import { requireActor, type Ctx } from '../context.js';
import { currentPlan } from './current-plan.js';

export async function getEmergencySheet(ctx: Ctx) {
  requireActor(ctx, 'responder');
  const { row, plan } = await currentPlan(ctx.store);
  return {
    ...emergencySheet(plan),
    version: Number(row.number),
    generated_at: ctx.clock.now().toISOString(),
  };
}
