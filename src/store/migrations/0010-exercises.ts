// Table-top exercises: the exercise with its script and its clock (exercise time runs at `speed` times wall time
// and stands still while paused), the injects that fired (one row per exercise and inject, so a tick in two
// processes fires an inject once), each expectation's score, the facilitator's notes, the participants' feedback
// and the improvement actions sent to the backlog.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exercises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('script_id', 'text') // a built-in script's id; null for an uploaded one
    .addColumn('script', 'text', (c) => c.notNull()) // JSON: the validated script
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('declared_by', 'text', (c) => c.notNull()) // team | facilitator
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // running | paused | ended
    .addColumn('speed', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text')
    // The clock: exercise ms at the last change (start, pause, resume, speed) and when that change was.
    .addColumn('clock_ms', 'bigint', (c) => c.notNull())
    .addColumn('clock_at', 'text', (c) => c.notNull())
    // JSON: every change of the clock [{at, ms, speed, running}], to place past moments on exercise time.
    .addColumn('clock_log', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_ms', 'bigint')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exercises_status').on('exercises').columns(['status', 'started_at']).execute();
  await db.schema.createIndex('exercises_incident').on('exercises').column('incident_id').execute();

  await db.schema
    .createTable('exercise_injects')
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id'))
    .addColumn('inject_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('to_roles', 'text', (c) => c.notNull()) // JSON array of role ids
    .addColumn('how', 'text', (c) => c.notNull()) // JSON array: app, email
    .addColumn('from_persona', 'text')
    .addColumn('due_ms', 'bigint', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    .addColumn('fired_ms', 'bigint', (c) => c.notNull())
    .addColumn('early', 'integer', (c) => c.notNull())
    .addColumn('ad_hoc', 'integer', (c) => c.notNull())
    .addColumn('emails', 'integer', (c) => c.notNull())
    // Whether it is on the exercise incident's timeline yet (fired before the team declared: copied then).
    .addColumn('on_timeline', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('exercise_injects_pk', ['exercise_id', 'inject_id'])
    .execute();

  await db.schema
    .createTable('exercise_expectations')
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id'))
    .addColumn('expectation_id', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull()) // pending | met | late | missed
    .addColumn('deadline_ms', 'bigint', (c) => c.notNull())
    .addColumn('met_at', 'text')
    .addColumn('met_ms', 'bigint')
    .addColumn('event_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exercise_expectations_pk', ['exercise_id', 'expectation_id'])
    .execute();

  await db.schema
    .createTable('exercise_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id'))
    .addColumn('author_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('exercise_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exercise_notes_exercise')
    .on('exercise_notes')
    .columns(['exercise_id', 'at'])
    .execute();

  await db.schema
    .createTable('exercise_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('went_well', 'text', (c) => c.notNull())
    .addColumn('to_improve', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('exercise_feedback_account', ['exercise_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('exercise_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercises.id'))
    .addColumn('action_item_id', 'text', (c) => c.notNull().references('action_items.id'))
    .addColumn('expectation_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exercise_actions_exercise')
    .on('exercise_actions')
    .column('exercise_id')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
