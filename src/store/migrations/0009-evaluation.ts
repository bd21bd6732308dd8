// Evaluation: an incident's post-incident review (state, communication assessment, lessons), each participant's
// contribution (what went well, what went wrong), and the action items with owner, due date, status, the plan part
// they change and the plan version that closed them.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reviews')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('state', 'text', (c) => c.notNull()) // open | done | skipped
    .addColumn('skip_reason', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('communication_assessment', 'text', (c) => c.notNull())
    .addColumn('lessons', 'text', (c) => c.notNull())
    .addColumn('texts_updated_at', 'text')
    .addColumn('texts_updated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('review_contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('author_id', 'text')
    .addColumn('went_well', 'text', (c) => c.notNull())
    .addColumn('went_wrong', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_contributions_incident')
    .on('review_contributions')
    .columns(['incident_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_account_id', 'text')
    .addColumn('owner_name', 'text')
    .addColumn('due_on', 'text') // YYYY-MM-DD
    .addColumn('status', 'text', (c) => c.notNull()) // open | doing | done | dropped
    .addColumn('plan_part', 'text', (c) => c.notNull())
    .addColumn('closed_by_plan_version', 'integer')
    .addColumn('close_note', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('reminded_for', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_items_incident').on('action_items').column('incident_id').execute();
  await db.schema
    .createIndex('action_items_status_due')
    .on('action_items')
    .columns(['status', 'due_on'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
