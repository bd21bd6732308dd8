// What the maintenance use cases share: checking times and components together, and the subscribers' notice.
import { conflict, DomainError, type FieldProblem } from '../../core/errors.js';
import { maintenanceStatus } from '../../core/status-page/maintenance.js';
import { componentIdProblems, localised } from '../../core/status-page/validate.js';
import type { MaintenanceStatus } from '../../core/status-page/values.js';
import { listComponents, type ComponentRow, type MaintenanceRow } from '../../store/repos/status-page.js';
import type { Tx } from '../../store/db.js';
import type { StatusNotice } from './notify-subscribers.js';
import { loadMaintenance } from './present.js';

export const utc = (iso: string) => new Date(iso).toISOString();

/** A maintenance that may still change, with its status now: `conflict` once cancelled or over. */
export async function loadOpenMaintenance(
  tx: Tx,
  id: string,
  now: string,
): Promise<{ before: MaintenanceRow; status: MaintenanceStatus }> {
  const before = await loadMaintenance(tx, id);
  const status = maintenanceStatus(before, now);
  if (status === 'cancelled') throw conflict('status.maintenance_cancelled');
  if (status === 'completed') throw conflict('status.maintenance_over');
  return { before, status };
}

/** Start before end, and every component on the page once; all problems at once. */
export async function checkMaintenance(
  tx: Tx,
  m: { scheduled_for: string; scheduled_until: string; component_ids: string[] },
): Promise<ComponentRow[]> {
  const problems: FieldProblem[] = [];
  if (Date.parse(m.scheduled_until) <= Date.parse(m.scheduled_for))
    problems.push({ field: 'scheduled_until', key: 'status.maintenance_order' });
  const components = m.component_ids.length > 0 ? await listComponents(tx) : [];
  problems.push(
    ...componentIdProblems(
      m.component_ids,
      new Set(components.map((c) => c.id)),
      (i) => `component_ids.${i}`,
    ),
  );
  if (problems.length > 0) throw new DomainError('invalid', 'error.invalid', {}, problems);
  const wanted = new Set(m.component_ids);
  return components.filter((c) => wanted.has(c.id));
}

export function maintenanceNotice(
  phase: 'scheduled' | 'cancelled',
  m: MaintenanceRow,
  components: ComponentRow[],
  at: string,
): StatusNotice {
  return {
    kind: 'maintenance',
    phase,
    maintenance_id: m.id,
    name: localised(m.title_nl, m.title_en),
    body: localised(m.body_nl, m.body_en),
    scheduled_for: m.scheduled_for,
    scheduled_until: m.scheduled_until,
    components: components.map((c) => ({ id: c.id, name: localised(c.name_nl, c.name_en) })),
    at,
  };
}
