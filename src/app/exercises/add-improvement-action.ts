// An improvement from the exercise goes to the backlog: an action item on the exercise incident (marked as an
// exercise there), remembered by the exercise for its report. Allowed whatever phase the exercise incident is in.
import { randomUUID } from 'node:crypto';
import type { ImprovementAction, ImprovementActionRequest } from '../../core/api/exercises.js';
import { conflict, invalid } from '../../core/errors.js';
import { insertActionItem } from '../../store/repos/evaluation.js';
import { insertAction } from '../../store/repos/exercises.js';
import { inTransaction, type Ctx } from '../context.js';
import { activeAccount } from '../incidents/work/support.js';
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
    if (input.owner_account_id !== undefined)
      await activeAccount(u.tx, input.owner_account_id, 'owner_account_id');
    const item = {
      id: randomUUID(),
      incident_id: row.incident_id,
      title: input.title,
      description: input.description ?? '',
      owner_account_id: input.owner_account_id ?? null,
      owner_name: input.owner_account_id === undefined ? (input.owner_name ?? null) : null,
      due_on: input.due_on ?? null,
      status: 'open',
      plan_part: '',
      closed_by_plan_version: null,
      close_note: '',
      closed_at: null,
      closed_by: null,
      reminded_at: null,
      reminded_for: null,
      created_by: actor.id,
      created_at: u.now,
      updated_at: u.now,
    };
    await insertActionItem(u.tx, item);
    // The same event the backlog writes for any action item, on the incident's timeline.
    await u.event(
      'action_item.added',
      {
        action_item_id: item.id,
        title: item.title,
        owner_account_id: item.owner_account_id,
        owner_name: item.owner_name,
        due_on: item.due_on,
        status: item.status,
        plan_part: item.plan_part,
        exercise_id: id,
      },
      { chainId: row.incident_id, subject: item.id },
    );
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
