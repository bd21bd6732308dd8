// Starts an exercise from a built-in or an uploaded script, checked against the plan in force: its clock starts at
// the chosen speed, the caller facilitates, and when the script says the facilitator declares, the exercise
// incident is declared through the real declare path (with `exercise: true`) in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Exercise, StartExerciseRequest } from '../../core/api/exercises.js';
import { invalid } from '../../core/errors.js';
import { clampSpeed, startClock } from '../../core/exercise/clock.js';
import { injectDueTimes } from '../../core/exercise/schedule.js';
import { deadlineMs } from '../../core/exercise/scoring.js';
import { validateExerciseScriptYaml } from '../../core/exercise/validate.js';
import { getIncident } from '../../store/repos/incidents.js';
import { insertExercise, insertExpectations } from '../../store/repos/exercises.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { declareIncidentIn } from '../incidents/declare-incident.js';
import { currentPlan } from '../plan/current-plan.js';
import { builtInScript } from './scripts.js';
import { getExercise } from './get-exercise.js';
import { linkIncidentIn } from './link-incident-in.js';
import { scriptRefused } from './support.js';
import { tickExerciseIn } from './tick.js';

export async function startExercise(ctx: Ctx, input: StartExerciseRequest): Promise<Exercise> {
  const actor = requireActor(ctx, 'responder');
  if ((input.script_id === undefined) === (input.yaml === undefined))
    throw invalid(input.script_id === undefined ? 'script_id' : 'yaml', 'exercise.script_required');
  const yaml = input.script_id !== undefined ? builtInScript(input.script_id).yaml : input.yaml!;
  const id = randomUUID();
  await inTransaction(ctx, async (u) => {
    const { plan } = await currentPlan(ctx.store, u.tx);
    const result = validateExerciseScriptYaml(yaml, actor.language, plan);
    if (!result.ok) throw scriptRefused(result.errors);
    const script = result.script;
    const speed = clampSpeed(input.speed ?? 1);
    const clock = startClock(u.now, speed);
    const row = {
      id,
      title: script.title,
      language: script.language,
      script_id: input.script_id ?? null,
      script: JSON.stringify(script),
      scenario_id: script.scenario,
      declared_by: script.incident.declared_by,
      incident_id: null,
      status: 'running',
      speed,
      started_at: u.now,
      started_by: actor.id,
      clock_ms: 0,
      clock_at: u.now,
      clock_log: JSON.stringify(clock),
      ended_at: null,
      ended_ms: null,
      updated_at: u.now,
    };
    await insertExercise(u.tx, row);
    const planned = injectDueTimes(script, new Map());
    await insertExpectations(
      u.tx,
      script.expectations.map((e) => ({
        exercise_id: id,
        expectation_id: e.id,
        outcome: 'pending',
        deadline_ms: deadlineMs(e, planned),
        met_at: null,
        met_ms: null,
        event_id: null,
        updated_at: u.now,
      })),
    );
    await u.event(
      'exercise.started',
      {
        title: script.title,
        script_id: row.script_id,
        scenario_id: script.scenario,
        speed,
        declared_by: script.incident.declared_by,
        injects: script.injects.length,
        expectations: script.expectations.length,
      },
      { chainId: id, subject: id },
    );
    if (script.incident.declared_by === 'facilitator') {
      const incidentId = await declareIncidentIn(ctx, u, {
        title: script.incident.title ?? script.title,
        scenario_id: script.scenario,
        severity_id: input.severity_id ?? script.incident.severity ?? plan.severities[0]?.id ?? '',
        exercise: true,
      });
      const incident = (await getIncident(u.tx, incidentId))!;
      await linkIncidentIn(u, row, incident);
    }
    // Injects due at the start go out with it.
    await tickExerciseIn(ctx, u, id);
  });
  return getExercise(ctx, id);
}
