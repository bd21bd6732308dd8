// Legal clocks: an incident's assessment, the obligations it created with their drafts, decisions and
// submissions (the document as sent, kept unchanged), and the reminders sent.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('answers', 'text', (c) => c.notNull()) // JSON: the ZAssessment
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addColumn('assessed_by', 'text')
    .execute();

  await db.schema
    .createTable('obligations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | submitted | not_required
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text')
    .addColumn('not_required_reasoning', 'text')
    .addColumn('not_required_by', 'text')
    .addColumn('not_required_at', 'text')
    .addColumn('draft_edits', 'text') // JSON: field key -> value, what people changed in the pre-filled draft
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('reference', 'text')
    .addColumn('recorded_at', 'text')
    .addColumn('document', 'text') // JSON: the draft as sent, frozen at submission
    .addUniqueConstraint('obligations_incident_kind', ['incident_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('obligations_status')
    .on('obligations')
    .columns(['status', 'incident_id'])
    .execute();

  await db.schema
    .createTable('obligation_reminders')
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('obligation_reminders_pk', ['obligation_id', 'step', 'due_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
