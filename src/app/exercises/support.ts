// What the exercise use cases share: loading an exercise, who may steer it, its script and clock, and the firing
// state of its injects.
import { hasAccess } from '../../core/access.js';
import { conflict, DomainError, forbidden } from '../../core/errors.js';
import { exerciseMsAt, type ClockEntry } from '../../core/exercise/clock.js';
import type { FiredInject } from '../../core/exercise/schedule.js';
import type { ExerciseScript } from '../../core/exercise/script.js';
import type { ScriptError } from '../../core/exercise/validate.js';
import type { Tx } from '../../store/db.js';
import { getExercise, type ExerciseRow, type FiredInjectRow } from '../../store/repos/exercises.js';
import { requireActor, type Actor, type Ctx } from '../context.js';

export const scriptOf = (row: ExerciseRow): ExerciseScript => JSON.parse(row.script) as ExerciseScript;
export const clockOf = (row: ExerciseRow): ClockEntry[] => JSON.parse(row.clock_log) as ClockEntry[];

/** Exercise time of the exercise at wall time `at` (frozen at its end). */
export function exerciseNow(row: ExerciseRow, at: string | Date): number {
  if (row.status === 'ended' && row.ended_ms !== null) return row.ended_ms;
  return exerciseMsAt(clockOf(row), at);
}

/** The exercise, for anyone signed in; `lock` holds its row for the transaction (PostgreSQL). */
export async function loadExercise(ctx: Ctx, tx: Tx, id: string, lock = false): Promise<ExerciseRow> {
  requireActor(ctx, 'viewer');
  const row = await getExercise(tx, id, lock ? ctx.store.dialect : undefined);
  if (!row) throw new DomainError('not_found', 'error.not_found', { what: 'exercise' });
  return row;
}

export function canFacilitate(actor: Actor, row: ExerciseRow): boolean {
  return (
    hasAccess(actor.level, 'admin') || (row.started_by === actor.id && hasAccess(actor.level, 'responder'))
  );
}

/** The facilitator (who started it) or an admin. */
export function requireFacilitator(ctx: Ctx, row: ExerciseRow): Actor {
  const actor = requireActor(ctx, 'responder');
  if (!canFacilitate(actor, row)) throw forbidden('exercise.not_facilitator');
  return actor;
}

export function requireNotEnded(row: ExerciseRow): void {
  if (row.status === 'ended') throw conflict('exercise.ended');
}

/** The script's injects that fired, as the schedule needs them (ad-hoc injects are not part of it). */
export function firedMap(rows: readonly FiredInjectRow[]): Map<string, FiredInject> {
  return new Map(
    rows.filter((r) => !r.ad_hoc).map((r) => [r.inject_id, { due_ms: r.due_ms, fired_ms: r.fired_ms }]),
  );
}

/** A refused script as a DomainError: every problem with its path and, for YAML, line and column. */
export function scriptRefused(errors: ScriptError[]): DomainError {
  return new DomainError(
    'invalid',
    'exercise.script_invalid',
    { count: errors.length },
    errors.map((e) => ({
      field: e.path.length > 0 ? `script.${e.path.join('.')}` : 'script',
      key: 'exercise.script_invalid',
      message: e.message,
      ...(e.line !== undefined ? { line: e.line } : {}),
      ...(e.column !== undefined ? { column: e.column } : {}),
    })),
  );
}
