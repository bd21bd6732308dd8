// The response plan's versions and the contact checks.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_versions')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('yaml', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('restored_from', 'integer')
    .execute();

  await db.schema
    .createTable('contact_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_version', 'integer', (c) => c.notNull())
    .addColumn('started_by', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contact_check_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('check_id', 'text', (c) => c.notNull().references('contact_checks.id'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema
    .createIndex('contact_check_entries_check')
    .on('contact_check_entries')
    .column('check_id')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
