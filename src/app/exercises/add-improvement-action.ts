// An improvement from the exercise goes to the backlog: an action item on the exercise incident (marked as an
// exercise there), remembered by the exercise for its report. Allowed whatever phase the exercise incident is in.
import { randomUUID } from 'node:crypto';
import type { ImprovementAction, ImprovementActionRequest } from '../../core/api/exercises.js';
import { conflict, invalid } from '../../core/errors.js';
import { insertAction } from '../../store/repos/exercises.js';
import { inTransaction, type Ctx } from '../context.js';
import { recordNewActionItem } from '../evaluation/new-action-item.js';
import { loadExercise, requireFacilitator, scriptOf } from './support.js';

export async function addImprovementAction(
  ctx: Ctx,
  id: string,
  input: ImprovementActionRequest,
): Promise<ImprovementAction> {
  return inTransaction(ctx, async (u) => {
    const row = await loadExercise(ctx, u.tx, id, true);
    const actor = requireFacilitator(ctx, row);
    if (!row.incident_id) throw conflict('exercise.no_incident');
    if (
      input.expectation_id !== undefined &&
      !scriptOf(row).expectations.some((e) => e.id === input.expectation_id)
    )
      throw invalid('expectation_id', 'exercise.unknown_expectation', { id: input.expectation_id });
    // The same item and event the backlog writes for any action item, on the incident's timeline.
    const item = await recordNewActionItem(u, row.incident_id, actor.id, input, { exercise_id: id });
    const action = {
      id: randomUUID(),
      exercise_id: id,
      action_item_id: item.id,
      expectation_id: input.expectation_id ?? null,
      title: input.title,
      created_at: u.now,
    };
    await insertAction(u.tx, action);
    await u.event(
      'exercise.action_added',
      { action_item_id: item.id, title: item.title },
      { chainId: id, subject: action.id },
    );
    return {
      id: action.id,
      action_item_id: item.id,
      title: action.title,
      expectation_id: action.expectation_id,
      created_at: action.created_at,
    };
  });
}
