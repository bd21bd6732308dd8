// People to tell for one incident's audience, uploaded as CSV (the people affected by a breach).
import type { Tx } from '../db.js';
import type { IncidentRecipientTable } from '../schema.js';

export type RecipientRow = IncidentRecipientTable;

/** Adds the rows an address at a time is not yet on the list; returns how many were new. */
export async function addRecipients(tx: Tx, rows: RecipientRow[]): Promise<number> {
  let added = 0;
  // 500 rows of 8 values stay far below both databases' limits on bound parameters.
  for (let i = 0; i < rows.length; i += 500) {
    const res = await tx
      .insertInto('incident_recipients')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['incident_id', 'audience_id', 'email']).doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function clearRecipients(tx: Tx, incidentId: string, audienceId: string): Promise<number> {
  const res = await tx
    .deleteFrom('incident_recipients')
    .where('incident_id', '=', incidentId)
    .where('audience_id', '=', audienceId)
    .executeTakeFirst();
  return Number(res.numDeletedRows ?? 0);
}

export async function listRecipients(
  tx: Tx,
  incidentId: string,
  audienceId: string,
  limit?: number,
): Promise<RecipientRow[]> {
  let q = tx
    .selectFrom('incident_recipients')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('audience_id', '=', audienceId)
    .orderBy('email');
  if (limit !== undefined) q = q.limit(limit);
  return q.execute();
}

/** How many people each audience of the incident has on its uploaded list, per language. */
export async function countRecipients(
  tx: Tx,
  incidentId: string,
): Promise<Array<{ audience_id: string; language: string; count: number }>> {
  const rows = await tx
    .selectFrom('incident_recipients')
    .select(['audience_id', 'language', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('incident_id', '=', incidentId)
    .groupBy(['audience_id', 'language'])
    .execute();
  return rows.map((r) => ({ audience_id: r.audience_id, language: r.language, count: Number(r.count) }));
}
