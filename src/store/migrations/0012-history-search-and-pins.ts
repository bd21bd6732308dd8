// Large histories (bench/history.mjs, 100,000 incidents and 1,000,000 events), part two.
// - The incident list's open incidents, newest first, through a partial index on declared_at of the open ones:
//   `phase <> 'closed'` cannot use (phase, declared_at), so the list read and sorted the whole table.
// - The timeline's pinned moments include the notes written pinned: in a long incident a few hundred of some 60,000
//   notes, and finding them meant reading every note's payload. A partial index holds just those notes, with the
//   columns of (chain_id, type, seq) so that SQLite, which weighs both by those columns, prefers the smaller one.
// Both databases use a partial index only for a query that repeats its condition word for word, with no parameters:
// the queries in src/store/repos write these conditions out.
// - PostgreSQL only: statistics on the lowercased title and reference the list searches (`lower(title) LIKE '%x%'`).
//   Without them the planner guesses every term is rare and sorts all matches, where a common term is found sooner
//   by walking (phase, declared_at) newest first. SQLite has no such statistics and plans the search well without.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** The conditions of the partial indexes; `pinEvents` and `listIncidents` (src/store/repos) repeat these words. */
const PINNED_NOTE = `type = 'note.added' AND payload LIKE '%"pinned":true%'`;
const OPEN = `phase <> 'closed'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('timeline_events_pinned_notes')
    .on('timeline_events')
    .columns(['chain_id', 'type', 'seq'])
    .where(sql.raw<boolean>(PINNED_NOTE))
    .execute();
  await db.schema
    .createIndex('incidents_open')
    .on('incidents')
    .column('declared_at')
    .where(sql.raw<boolean>(OPEN))
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`CREATE STATISTICS incidents_search_title ON (lower(title)) FROM incidents`.execute(db);
    await sql`CREATE STATISTICS incidents_search_reference ON (lower(reference)) FROM incidents`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`DROP STATISTICS IF EXISTS incidents_search_reference`.execute(db);
    await sql`DROP STATISTICS IF EXISTS incidents_search_title`.execute(db);
  }
  await db.schema.dropIndex('incidents_open').execute();
  await db.schema.dropIndex('timeline_events_pinned_notes').execute();
}
