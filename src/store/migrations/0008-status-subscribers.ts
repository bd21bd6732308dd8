// Subscribers of the public status page: email (double opt-in) or webhook, to everything or to chosen components.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_subscribers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull()) // email | webhook
    .addColumn('address', 'text', (c) => c.notNull()) // the email address (lower case) or the webhook URL
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('component_ids', 'text') // JSON array of component ids; null: everything
    .addColumn('token', 'text', (c) => c.notNull().unique()) // random: the key of the confirm/unsubscribe links
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('unsubscribed_at', 'text')
    .addColumn('source', 'text', (c) => c.notNull()) // form | import | admin
    // Subscribing twice is one row.
    .addUniqueConstraint('status_subscribers_kind_address', ['kind', 'address'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
