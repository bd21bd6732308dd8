// The team declares the exercise incident (when the script leaves that to them): the real declare path with
// `exercise: true` and the script's scenario, linked to the exercise in the same transaction.
import type { z } from 'zod';
import type { Exercise, ZExerciseDeclareRequest } from '../../core/api/exercises.js';
import { conflict } from '../../core/errors.js';
import { getIncident } from '../../store/repos/incidents.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { declareIncidentIn } from '../incidents/declare-incident.js';
import { currentPlan } from '../plan/current-plan.js';
import { getExercise } from './get-exercise.js';
import { linkIncidentIn } from './link-incident-in.js';
import { loadExercise, requireNotEnded, scriptOf } from './support.js';
import { tickExerciseIn } from './tick.js';

export async function declareExerciseIncident(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof ZExerciseDeclareRequest>,
): Promise<Exercise> {
  requireActor(ctx, 'responder');
  await inTransaction(ctx, async (u) => {
    const found = await loadExercise(ctx, u.tx, id, true);
    requireNotEnded(found);
    // Catch up first: an incident the team already declared the ordinary way is linked by the tick.
    const row = (await tickExerciseIn(ctx, u, id)) ?? found;
    if (row.incident_id) throw conflict('exercise.already_declared');
    const script = scriptOf(row);
    const { plan } = await currentPlan(ctx.store, u.tx);
    const incidentId = await declareIncidentIn(ctx, u, {
      title: input.title ?? script.incident.title ?? script.title,
      scenario_id: script.scenario,
      severity_id: input.severity_id ?? script.incident.severity ?? plan.severities[0]?.id ?? '',
      exercise: true,
      ...(input.personal_data ? { personal_data: input.personal_data } : {}),
    });
    await linkIncidentIn(u, row, (await getIncident(u.tx, incidentId))!);
    await tickExerciseIn(ctx, u, id);
  });
  return getExercise(ctx, id);
}
