// A status-page notice to many subscribers is written as one fan-out job in the publication's transaction; the
// outbox worker expands it into per-subscriber deliveries in batches (a cursor over the subscribers' ids), each
// batch and the cursor's move in one transaction. Keeps a publication to 50,000 subscribers short (bench/fan-out.mjs).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_fan_outs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The notice's key (incident:<update id>, maintenance:<id>:<phase>): one job per notice.
    .addColumn('notice_key', 'text', (c) => c.notNull().unique())
    // JSON: the notice, the public URL and the sender, everything the worker needs to render the deliveries.
    .addColumn('plan', 'text', (c) => c.notNull())
    // Subscribers with an id above this one are still to be expanded.
    .addColumn('after_id', 'text', (c) => c.notNull())
    .addColumn('expanded', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema
    .createIndex('status_fan_outs_open')
    .on('status_fan_outs')
    .columns(['done_at', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Stormbell migrations only go forward; restore a backup to go back.');
}
