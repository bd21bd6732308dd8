// Table-top exercises: the exercise and its clock, the injects that fired (one row per exercise and inject: a
// second tick cannot fire one twice), the expectations' scores, notes, feedback and improvement actions.
import type { Dialect, Tx } from '../db.js';
import type {
  ExerciseActionTable,
  ExerciseExpectationTable,
  ExerciseFeedbackTable,
  ExerciseInjectTable,
  ExerciseNoteTable,
  ExerciseTable,
} from '../schema.js';

type Numeric<T, K extends keyof T> = Omit<T, K> & { [P in K]: Extract<T[P], null> | number };

/** Exercise milliseconds arrive as strings from PostgreSQL's bigint; the rows here always carry numbers. */
export type ExerciseRow = Numeric<ExerciseTable, 'clock_ms' | 'ended_ms'>;
export type FiredInjectRow = Numeric<ExerciseInjectTable, 'due_ms' | 'fired_ms'>;
export type ExpectationRow = Numeric<ExerciseExpectationTable, 'deadline_ms' | 'met_ms'>;
export type NoteRow = Numeric<ExerciseNoteTable, 'exercise_ms'>;
export type FeedbackRow = ExerciseFeedbackTable;
export type ActionRow = ExerciseActionTable;

const num = (v: number | string) => Number(v);
const numOrNull = (v: number | string | null) => (v === null ? null : Number(v));

const exerciseOf = (r: ExerciseTable): ExerciseRow => ({
  ...r,
  speed: Number(r.speed),
  clock_ms: num(r.clock_ms),
  ended_ms: numOrNull(r.ended_ms),
});
const injectOf = (r: ExerciseInjectTable): FiredInjectRow => ({
  ...r,
  due_ms: num(r.due_ms),
  fired_ms: num(r.fired_ms),
  early: Number(r.early),
  ad_hoc: Number(r.ad_hoc),
  emails: Number(r.emails),
  on_timeline: Number(r.on_timeline),
});
const expectationOf = (r: ExerciseExpectationTable): ExpectationRow => ({
  ...r,
  deadline_ms: num(r.deadline_ms),
  met_ms: numOrNull(r.met_ms),
});

export async function insertExercise(tx: Tx, row: ExerciseRow): Promise<void> {
  await tx.insertInto('exercises').values(row).execute();
}

/** One exercise; `lock` takes its row for the rest of the transaction on PostgreSQL (changes queue up). */
export async function getExercise(tx: Tx, id: string, lock?: Dialect): Promise<ExerciseRow | undefined> {
  let q = tx.selectFrom('exercises').selectAll().where('id', '=', id);
  if (lock === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? exerciseOf(row) : undefined;
}

export async function updateExercise(
  tx: Tx,
  id: string,
  changes: Partial<Omit<ExerciseRow, 'id' | 'started_at'>>,
): Promise<void> {
  await tx.updateTable('exercises').set(changes).where('id', '=', id).execute();
}

/** Newest first; `active`: only those not ended (the tick's work). */
export async function listExercises(tx: Tx, options: { active?: boolean; limit?: number } = {}) {
  let q = tx.selectFrom('exercises').selectAll();
  if (options.active) q = q.where('status', '!=', 'ended');
  const rows = await q
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(options.limit ?? 500)
    .execute();
  return rows.map(exerciseOf);
}

export async function exerciseOfIncident(tx: Tx, incidentId: string): Promise<ExerciseRow | undefined> {
  const row = await tx
    .selectFrom('exercises')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return row ? exerciseOf(row) : undefined;
}

/**
 * The oldest exercise incident of a scenario declared since `since` that no exercise has yet: the one the team
 * declared in the ordinary way during the exercise.
 */
export async function unlinkedExerciseIncident(tx: Tx, scenarioId: string, since: string) {
  return tx
    .selectFrom('incidents')
    .select(['id', 'reference', 'declared_at'])
    .where('exercise', '=', 1)
    .where('scenario_id', '=', scenarioId)
    .where('declared_at', '>=', since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('exercises')
            .select('exercises.id')
            .whereRef('exercises.incident_id', '=', 'incidents.id'),
        ),
      ),
    )
    .orderBy('declared_at')
    .limit(1)
    .executeTakeFirst();
}

/** Records an inject as fired; false when it already was (another tick, or a double click, got there first). */
export async function claimInject(tx: Tx, row: FiredInjectRow): Promise<boolean> {
  const res = await tx
    .insertInto('exercise_injects')
    .values(row)
    .onConflict((oc) => oc.columns(['exercise_id', 'inject_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listFiredInjects(tx: Tx, exerciseId: string): Promise<FiredInjectRow[]> {
  const rows = await tx
    .selectFrom('exercise_injects')
    .selectAll()
    .where('exercise_id', '=', exerciseId)
    .orderBy('fired_ms')
    .orderBy('fired_at')
    .execute();
  return rows.map(injectOf);
}

export async function updateFiredInject(
  tx: Tx,
  exerciseId: string,
  injectId: string,
  changes: Partial<Pick<FiredInjectRow, 'emails' | 'on_timeline'>>,
): Promise<void> {
  await tx
    .updateTable('exercise_injects')
    .set(changes)
    .where('exercise_id', '=', exerciseId)
    .where('inject_id', '=', injectId)
    .execute();
}

export async function insertExpectations(tx: Tx, rows: ExpectationRow[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('exercise_expectations').values(rows).execute();
}

export async function listExpectations(tx: Tx, exerciseIds: string[]): Promise<ExpectationRow[]> {
  if (exerciseIds.length === 0) return [];
  const rows = await tx
    .selectFrom('exercise_expectations')
    .selectAll()
    .where('exercise_id', 'in', exerciseIds)
    .execute();
  return rows.map(expectationOf);
}

export async function updateExpectation(
  tx: Tx,
  exerciseId: string,
  expectationId: string,
  changes: Partial<Omit<ExpectationRow, 'exercise_id' | 'expectation_id'>>,
): Promise<void> {
  await tx
    .updateTable('exercise_expectations')
    .set(changes)
    .where('exercise_id', '=', exerciseId)
    .where('expectation_id', '=', expectationId)
    .execute();
}

export async function insertNote(tx: Tx, row: NoteRow): Promise<void> {
  await tx.insertInto('exercise_notes').values(row).execute();
}

export async function listNotes(tx: Tx, exerciseId: string): Promise<NoteRow[]> {
  const rows = await tx
    .selectFrom('exercise_notes')
    .selectAll()
    .where('exercise_id', '=', exerciseId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, exercise_ms: num(r.exercise_ms) }));
}

/** One feedback per account and exercise: sending again replaces it. */
export async function upsertFeedback(tx: Tx, row: FeedbackRow): Promise<FeedbackRow> {
  await tx
    .insertInto('exercise_feedback')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['exercise_id', 'account_id']).doUpdateSet({
        rating: row.rating,
        went_well: row.went_well,
        to_improve: row.to_improve,
        updated_at: row.updated_at,
      }),
    )
    .execute();
  return (await tx
    .selectFrom('exercise_feedback')
    .selectAll()
    .where('exercise_id', '=', row.exercise_id)
    .where('account_id', '=', row.account_id)
    .executeTakeFirst())!;
}

export async function listFeedback(tx: Tx, exerciseId: string): Promise<FeedbackRow[]> {
  return tx
    .selectFrom('exercise_feedback')
    .selectAll()
    .where('exercise_id', '=', exerciseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertAction(tx: Tx, row: ActionRow): Promise<void> {
  await tx.insertInto('exercise_actions').values(row).execute();
}

export async function listActions(tx: Tx, exerciseId: string): Promise<ActionRow[]> {
  return tx
    .selectFrom('exercise_actions')
    .selectAll()
    .where('exercise_id', '=', exerciseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
