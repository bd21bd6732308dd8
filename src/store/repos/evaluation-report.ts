// What the incident reports and the trends read beyond the other repositories: the signals of an incident with
// their titles, and the incidents declared in a period that a caller may see.
import type { Tx } from '../db.js';
import type { IncidentTable } from '../schema.js';
import { incidentVisibleTo } from './incidents.js';

/** The reports and alerts that became (part of) the incident, oldest first. */
export async function incidentSignalRows(
  tx: Tx,
  incidentId: string,
): Promise<Array<{ id: string; received_at: string; source: string; title: string }>> {
  return tx
    .selectFrom('reports')
    .select(['id', 'received_at', 'source', 'title'])
    .where('incident_id', '=', incidentId)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
}

export interface DeclaredFilter {
  /** ISO instants: declared at or after `from` and before `to`. */
  from: string;
  to: string;
  exercise: boolean;
  /** Only incidents this account may see (not restricted, declared by them, or on their team); undefined: all. */
  visibleTo?: string | undefined;
}

/** Incidents declared in the period, oldest first. */
export async function incidentsDeclaredBetween(tx: Tx, f: DeclaredFilter): Promise<IncidentTable[]> {
  let q = tx
    .selectFrom('incidents')
    .selectAll()
    .where('declared_at', '>=', f.from)
    .where('declared_at', '<', f.to);
  if (!f.exercise) q = q.where('exercise', '=', 0);
  if (f.visibleTo !== undefined) q = q.where(incidentVisibleTo(f.visibleTo));
  return q.orderBy('declared_at').orderBy('id').execute();
}
