// The exercise clock: exercise time starts at 0, runs at `speed` times wall time, and stands still while paused.
// Every change (start, pause, resume, new speed) is an entry in a log, so any past wall-clock moment (a timeline
// event, say) can be placed on exercise time, and an exercise moment (a legal deadline) on the wall clock.

/** One change of the clock: from `at` (wall time, ISO) on, exercise time was `ms` and ran at `speed` if `running`. */
export interface ClockEntry {
  at: string;
  ms: number;
  speed: number;
  running: boolean;
}

export const MIN_SPEED = 1;
export const MAX_SPEED = 60;

/** The clock of an exercise started at `at`. */
export function startClock(at: string, speed: number): ClockEntry[] {
  return [{ at, ms: 0, speed: clampSpeed(speed), running: true }];
}

export function clampSpeed(speed: number): number {
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, Math.round(speed)));
}

/** Exercise milliseconds at wall time `at` (whole ms; 0 before the start). */
export function exerciseMsAt(log: readonly ClockEntry[], at: string | Date): number {
  const wall = typeof at === 'string' ? Date.parse(at) : at.getTime();
  let current: ClockEntry | undefined;
  for (const entry of log) {
    if (Date.parse(entry.at) <= wall) current = entry;
    else break;
  }
  if (!current) return 0;
  const ran = current.running ? Math.max(0, wall - Date.parse(current.at)) * current.speed : 0;
  return Math.floor(current.ms + ran);
}

/** The clock's state now: the last entry. */
export function clockState(log: readonly ClockEntry[]): ClockEntry {
  const last = log[log.length - 1];
  if (!last) throw new Error('an exercise clock has at least its start');
  return last;
}

/**
 * The log with one more change at `at`: running or paused, at a speed. The exercise time at the change is kept
 * exactly, so no time is lost or gained by changing.
 */
export function changeClock(
  log: readonly ClockEntry[],
  at: string,
  change: { running?: boolean; speed?: number },
): ClockEntry[] {
  const last = clockState(log);
  const when = Date.parse(at) < Date.parse(last.at) ? last.at : at;
  return [
    ...log,
    {
      at: when,
      ms: exerciseMsAt(log, when),
      speed: change.speed === undefined ? last.speed : clampSpeed(change.speed),
      running: change.running ?? last.running,
    },
  ];
}

/**
 * The wall time at which the exercise time reaches `ms`: from the log for a moment passed, projected at the
 * current speed for one still to come; null when it is still to come and the clock is paused.
 */
export function wallTimeAt(log: readonly ClockEntry[], ms: number): string | null {
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    const next = log[i + 1];
    if (!entry.running) {
      if (entry.ms >= ms) return entry.at;
      continue;
    }
    const reach = Date.parse(entry.at) + Math.max(0, ms - entry.ms) / entry.speed;
    if (!next || reach <= Date.parse(next.at)) return new Date(Math.ceil(reach)).toISOString();
  }
  return null;
}

/**
 * A legal clock (or any deadline) of an exercise incident on exercise time: it starts at the exercise moment its
 * start had, runs its length in exercise time, and is placed back on the wall clock; while paused, as if the
 * exercise went on now. The 72 hours of the GDPR become 72 minutes at x60.
 */
export function onExerciseTime(
  log: readonly ClockEntry[],
  clock: { startsAt: string; dueAt: string },
  now: string,
): { startsAt: string; dueAt: string } {
  const start = exerciseMsAt(log, clock.startsAt);
  const due = start + (Date.parse(clock.dueAt) - Date.parse(clock.startsAt));
  const placed = wallTimeAt(log, due);
  if (placed) return { startsAt: clock.startsAt, dueAt: placed };
  const current = clockState(log);
  const wall = Date.parse(now) + Math.max(0, due - exerciseMsAt(log, now)) / current.speed;
  return { startsAt: clock.startsAt, dueAt: new Date(Math.ceil(wall)).toISOString() };
}
