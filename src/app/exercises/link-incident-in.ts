// Makes an incident the exercise's incident inside the caller's transaction: the injects that fired before it
// existed are put on its timeline, so participants read the whole story there.
import type { InjectChannel, InjectEventPayload } from '../../core/api/exercises.js';
import {
  listFiredInjects,
  updateExercise,
  updateFiredInject,
  type ExerciseRow,
} from '../../store/repos/exercises.js';
import type { Unit } from '../context.js';

export async function linkIncidentIn(
  u: Unit,
  exercise: ExerciseRow,
  incident: { id: string; reference: string },
): Promise<ExerciseRow> {
  await updateExercise(u.tx, exercise.id, { incident_id: incident.id, updated_at: u.now });
  await u.event(
    'exercise.incident_linked',
    { incident_id: incident.id, reference: incident.reference },
    { chainId: exercise.id, subject: incident.id },
  );
  for (const f of await listFiredInjects(u.tx, exercise.id)) {
    if (f.on_timeline) continue;
    const payload: InjectEventPayload = {
      exercise_id: exercise.id,
      inject_id: f.inject_id,
      title: f.title,
      body: f.body,
      to: JSON.parse(f.to_roles) as string[],
      how: JSON.parse(f.how) as InjectChannel[],
      from: f.from_persona,
      fired_ms: f.fired_ms,
      early: f.early === 1,
      ad_hoc: f.ad_hoc === 1,
    };
    await u.event('exercise.inject', payload, { chainId: incident.id, subject: exercise.id });
    await updateFiredInject(u.tx, exercise.id, f.inject_id, { on_timeline: 1 });
  }
  return { ...exercise, incident_id: incident.id, updated_at: u.now };
}
