// Communication: messages per audience with their texts per language and approvals, the cadence reminders sent,
// and the link from each delivery to the incident and message it belongs to (exercise deliveries are captured).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('audience_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // draft | in_review | approved | published
    .addColumn('kind', 'text', (c) => c.notNull()) // holding | update | resolved | custom
    .addColumn('template_id', 'text')
    .addColumn('channels', 'text', (c) => c.notNull()) // JSON array
    .addColumn('fact_sheet_version', 'integer')
    .addColumn('corrects_id', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('rejected_at', 'text')
    .addColumn('rejected_by', 'text')
    .addColumn('rejection_comment', 'text')
    .execute();
  await db.schema
    .createIndex('messages_incident')
    .on('messages')
    .columns(['incident_id', 'audience_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('messages_published')
    .on('messages')
    .columns(['status', 'published_at'])
    .execute();

  await db.schema
    .createTable('message_contents')
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_contents_pk', ['message_id', 'language'])
    .execute();

  await db.schema
    .createTable('message_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('role_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull()) // approval | submission
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .execute();
  await db.schema
    .createIndex('message_approvals_message')
    .on('message_approvals')
    .column('message_id')
    .execute();

  await db.schema
    .createTable('cadence_reminders')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('audience_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cadence_reminders_pk', ['incident_id', 'audience_id', 'due_at'])
    .execute();

  await db.schema.alterTable('deliveries').addColumn('incident_id', 'text').execute();
  await db.schema.alterTable('deliveries').addColumn('message_id', 'text').execute();
  await db.schema.alterTable('deliveries').addColumn('language', 'text').execute();
  await db.schema.createIndex('deliveries_message').on('deliveries').column('message_id').execute();
  await db.schema.createIndex('deliveries_incident').on('deliveries').column('incident_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
