// The exercise engine's heartbeat (runtime.ts calls it every second; tests call it with a fake clock): for every
// exercise not ended, link the incident the team declared, fire the injects that are due (each once) and score the
// expectations.
import { dueInjects } from '../../core/exercise/schedule.js';
import {
  getExercise,
  listExercises,
  listFiredInjects,
  unlinkedExerciseIncident,
  type ExerciseRow,
} from '../../store/repos/exercises.js';
import { inTransaction, type Ctx, type Unit } from '../context.js';
import { fireInjectIn, scriptInjectContent } from './fire-inject-in.js';
import { linkIncidentIn } from './link-incident-in.js';
import { scoreIn } from './score-in.js';
import { exerciseNow, firedMap, scriptOf } from './support.js';

/** Brings one exercise up to date inside the caller's transaction; returns the row as it now is. */
export async function tickExerciseIn(ctx: Ctx, u: Unit, id: string): Promise<ExerciseRow | undefined> {
  let exercise = await getExercise(u.tx, id, ctx.store.dialect);
  if (!exercise || exercise.status === 'ended') return exercise;
  if (!exercise.incident_id && exercise.declared_by === 'team') {
    const found = await unlinkedExerciseIncident(u.tx, exercise.scenario_id, exercise.started_at);
    if (found) exercise = await linkIncidentIn(u, exercise, found);
  }
  if (exercise.status === 'running') {
    const script = scriptOf(exercise);
    const nowMs = exerciseNow(exercise, u.now);
    for (const due of dueInjects(script, firedMap(await listFiredInjects(u.tx, exercise.id)), nowMs)) {
      const inject = script.injects.find((i) => i.id === due.id)!;
      await fireInjectIn(ctx, u, exercise, scriptInjectContent(inject), {
        dueMs: due.due_ms,
        firedMs: nowMs,
        early: false,
        adHoc: false,
      });
    }
  }
  await scoreIn(u, exercise);
  return exercise;
}

/** Every exercise not ended, one transaction each; returns how many it looked at. */
export async function tickExercises(ctx: Ctx): Promise<number> {
  const active = await listExercises(ctx.store.db, { active: true });
  for (const exercise of active) await inTransaction(ctx, (u) => tickExerciseIn(ctx, u, exercise.id));
  return active.length;
}
