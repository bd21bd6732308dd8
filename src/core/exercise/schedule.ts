// When each inject of a script is due, in exercise milliseconds: at its offset from the start, or at its offset
// after the inject it follows. An inject fired early moves the ones that follow it; one fired late by the tick
// does not (they keep to the plan).
import { plannedInjectMinutes, type ExerciseScript } from './script.js';

/** A fired inject: when it was due, and when it actually fired (exercise ms). */
export interface FiredInject {
  due_ms: number;
  fired_ms: number;
}

/** Every script inject's due time (exercise ms), given those fired so far. */
export function injectDueTimes(
  script: Pick<ExerciseScript, 'injects'>,
  fired: ReadonlyMap<string, FiredInject>,
): Map<string, number> {
  const anchors = new Map<string, number>();
  for (const [id, f] of fired) anchors.set(id, Math.min(f.due_ms, f.fired_ms) / 60_000);
  const minutes = plannedInjectMinutes(script, anchors);
  const due = new Map<string, number>();
  for (const inject of script.injects) {
    const f = fired.get(inject.id);
    due.set(inject.id, f ? f.due_ms : Math.round((minutes.get(inject.id) ?? Number.NaN) * 60_000));
  }
  return due;
}

/**
 * The injects to fire at exercise time `nowMs`, in order, each with its due time; follows chains (an inject
 * due five minutes after one that is due now is due too if `nowMs` is past both).
 */
export function dueInjects(
  script: Pick<ExerciseScript, 'injects'>,
  fired: ReadonlyMap<string, FiredInject>,
  nowMs: number,
): Array<{ id: string; due_ms: number }> {
  const known = new Map(fired);
  const result: Array<{ id: string; due_ms: number }> = [];
  for (;;) {
    const due = injectDueTimes(script, known);
    const next = script.injects
      .filter((i) => !known.has(i.id))
      .map((i) => ({ id: i.id, due_ms: due.get(i.id)! }))
      .filter((i) => Number.isFinite(i.due_ms) && i.due_ms <= nowMs)
      .sort((a, b) => a.due_ms - b.due_ms);
    if (next.length === 0) return result;
    for (const i of next) {
      known.set(i.id, { due_ms: i.due_ms, fired_ms: nowMs });
      result.push(i);
    }
  }
}
