// Indexes for large histories (bench/history.mjs: 100,000 incidents, 1,000,000 timeline events): an incident's
// events of some types (the incident page's phase and ETA history, the timeline's pins) are read through
// (chain_id, type, seq) instead of the whole chain; the incident list reads open and closed incidents newest first
// through (phase, declared_at), which 0003 has, and the closed ones of one severity through this one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('timeline_events_chain_type')
    .on('timeline_events')
    .columns(['chain_id', 'type', 'seq'])
    .execute();
  await db.schema
    .createIndex('incidents_severity')
    .on('incidents')
    .columns(['severity_id', 'phase', 'declared_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incidents_severity').execute();
  await db.schema.dropIndex('timeline_events_chain_type').execute();
}
