// The legal clocks of an exercise incident run on exercise time: the legal use cases ask here how to place a
// deadline (null for a real incident, or an exercise incident no exercise has linked yet).
import { onExerciseTime } from '../../core/exercise/clock.js';
import type { Tx } from '../../store/db.js';
import { exerciseOfIncident } from '../../store/repos/exercises.js';
import { clockOf } from './support.js';

export type DeadlineShift = (clock: { startsAt: string; dueAt: string }) => {
  startsAt: string;
  dueAt: string;
};

export async function exerciseDeadlines(
  tx: Tx,
  incident: { id: string; exercise: number },
  now: Date,
): Promise<DeadlineShift | null> {
  if (!incident.exercise) return null;
  const exercise = await exerciseOfIncident(tx, incident.id);
  if (!exercise) return null;
  const log = clockOf(exercise);
  const at = now.toISOString();
  return (clock) => onExerciseTime(log, clock, at);
}
