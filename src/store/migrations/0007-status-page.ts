// The public status page's own data: its settings, component groups and components (soft-deleted, so their
// history stays), every status a component took (the 90-day bars), scheduled maintenance, and the status-page part
// of a message (incident status, impact, the components it sets).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_settings')
    .addColumn('id', 'text', (c) => c.primaryKey()) // always 'page': one row
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('logo_url', 'text')
    .addColumn('accent_color', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('footer_links', 'text', (c) => c.notNull()) // JSON: [{label: {nl, en}, url}]
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('status_component_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('status_components')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text')
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_nl', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();

  await db.schema
    .createTable('status_component_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('status_components.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('previous_status', 'text') // null when the component was created
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull()) // created | direct | message | maintenance
    .addColumn('source_id', 'text') // the message or maintenance id
    .execute();
  await db.schema
    .createIndex('status_component_changes_at')
    .on('status_component_changes')
    .columns(['at', 'component_id'])
    .execute();

  await db.schema
    .createTable('status_maintenances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_nl', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('scheduled_for', 'text', (c) => c.notNull())
    .addColumn('scheduled_until', 'text', (c) => c.notNull())
    .addColumn('component_ids', 'text', (c) => c.notNull()) // JSON array
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('started_notice_at', 'text') // set by the maintenance-notice tick
    .addColumn('ended_notice_at', 'text')
    .execute();
  await db.schema
    .createIndex('status_maintenances_until')
    .on('status_maintenances')
    .column('scheduled_until')
    .execute();

  await db.schema
    .createTable('message_status_updates')
    .addColumn('message_id', 'text', (c) => c.primaryKey().references('messages.id'))
    .addColumn('incident_status', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('components', 'text', (c) => c.notNull()) // JSON: [{id, status}]
    .addColumn('applied', 'text') // JSON at publication: [{id, old_status, new_status}]
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
