// The facilitator adds an inject the script did not have (the team took a turn nobody foresaw); it fires at once.
import type { AdHocInjectRequest, Exercise } from '../../core/api/exercises.js';
import { invalid } from '../../core/errors.js';
import { listFiredInjects } from '../../store/repos/exercises.js';
import { inTransaction, type Ctx } from '../context.js';
import { currentPlan } from '../plan/current-plan.js';
import { fireInjectIn } from './fire-inject-in.js';
import { getExercise } from './get-exercise.js';
import { exerciseNow, loadExercise, requireFacilitator, requireNotEnded } from './support.js';
import { tickExerciseIn } from './tick.js';

export async function addInject(ctx: Ctx, id: string, input: AdHocInjectRequest): Promise<Exercise> {
  await inTransaction(ctx, async (u) => {
    const found = await loadExercise(ctx, u.tx, id, true);
    requireFacilitator(ctx, found);
    requireNotEnded(found);
    const { plan } = await currentPlan(ctx.store, u.tx);
    const unknown = input.to.find((r) => !plan.roles.some((p) => p.id === r));
    if (unknown !== undefined) throw invalid('to', 'exercise.unknown_role', { id: unknown });
    const row = (await tickExerciseIn(ctx, u, id)) ?? found;
    const count = (await listFiredInjects(u.tx, id)).filter((f) => f.ad_hoc).length;
    const nowMs = exerciseNow(row, u.now);
    await fireInjectIn(
      ctx,
      u,
      row,
      {
        id: `adhoc-${count + 1}`,
        title: input.title,
        body: input.body,
        to: [...new Set(input.to)],
        how: [...new Set(input.how)],
        from: input.from ? input.from : null,
      },
      { dueMs: nowMs, firedMs: nowMs, early: false, adHoc: true },
    );
  });
  return getExercise(ctx, id);
}
