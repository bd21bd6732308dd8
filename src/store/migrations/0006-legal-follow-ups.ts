// Legal clocks, second step: follow-up notifications (GDPR Art. 33(4)) as their own obligations linked to the
// first, so an incident can have several of one kind; and recipients uploaded for one incident's audience (the
// people affected by a breach, Art. 34), who are nowhere in the plan.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

const obligationColumns = [
  'id',
  'incident_id',
  'kind',
  'status',
  'created_at',
  'decision_id',
  'not_required_reasoning',
  'not_required_by',
  'not_required_at',
  'draft_edits',
  'submitted_at',
  'submitted_by',
  'reference',
  'recorded_at',
  'document',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Obligations were unique per (incident, kind); follow-ups get a sequence number (0 for every first one).
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuildObligationsOnSqlite(db);
  else {
    await db.schema
      .alterTable('obligations')
      .addColumn('follows_id', 'text', (c) => c.references('obligations.id'))
      .execute();
    await db.schema
      .alterTable('obligations')
      .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('obligations').dropConstraint('obligations_incident_kind').execute();
    await db.schema
      .alterTable('obligations')
      .addUniqueConstraint('obligations_incident_kind_sequence', ['incident_id', 'kind', 'sequence'])
      .execute();
  }

  await db.schema
    .createTable('incident_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('audience_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull()) // lower case
    .addColumn('name', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('incident_recipients_unique', ['incident_id', 'audience_id', 'email'])
    .execute();
}

/**
 * SQLite cannot drop a table constraint: the table is rebuilt (new table, rows copied, old one dropped, new one
 * renamed). The reminders refer to obligations, so they move along the same way, which keeps every foreign key
 * pointing at a table that exists at each step.
 */
async function rebuildObligationsOnSqlite(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('obligations_new')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text')
    .addColumn('not_required_reasoning', 'text')
    .addColumn('not_required_by', 'text')
    .addColumn('not_required_at', 'text')
    .addColumn('draft_edits', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('reference', 'text')
    .addColumn('recorded_at', 'text')
    .addColumn('document', 'text')
    .addColumn('follows_id', 'text', (c) => c.references('obligations_new.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('obligations_incident_kind_sequence', ['incident_id', 'kind', 'sequence'])
    .execute();
  const columns = sql.join(obligationColumns.map((c) => sql.ref(c)));
  await sql`insert into obligations_new (${columns}) select ${columns} from obligations`.execute(db);

  await db.schema
    .createTable('obligation_reminders_new')
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations_new.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('obligation_reminders_pk', ['obligation_id', 'step', 'due_at'])
    .execute();
  await sql`insert into obligation_reminders_new (obligation_id, step, due_at, sent_at)
            select obligation_id, step, due_at, sent_at from obligation_reminders`.execute(db);

  await db.schema.dropTable('obligation_reminders').execute();
  await db.schema.dropTable('obligations').execute();
  // Renaming rewrites the references to the renamed table (SQLite 3.26+), so the reminders point at `obligations`.
  await db.schema.alterTable('obligations_new').renameTo('obligations').execute();
  await db.schema.alterTable('obligation_reminders_new').renameTo('obligation_reminders').execute();
  await db.schema
    .createIndex('obligations_status')
    .on('obligations')
    .columns(['status', 'incident_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
