// What triage shows of a report; the incident of a restricted one stays hidden from those outside its team.
import type { Report } from '../../core/api/intake.js';
import type { AlertState, ReportSource, ReportStatus } from '../../core/intake/sources.js';
import { getIncident } from '../../store/repos/incidents.js';
import type { ReportView } from '../../store/repos/reports.js';
import type { Tx } from '../../store/db.js';
import type { Actor } from '../context.js';
import { canSee } from '../incidents/access.js';

export async function presentReports(tx: Tx, actor: Actor, views: ReportView[]): Promise<Report[]> {
  // Need to know: a report merged into a restricted incident must not tell outsiders its reference.
  const hidden = new Set<string>();
  for (const id of new Set(views.map((v) => v.incident_id).filter((id): id is string => id !== null))) {
    const incident = await getIncident(tx, id);
    if (!incident || !(await canSee(tx, actor, incident))) hidden.add(id);
  }
  return views.map((v) => {
    const conceal = v.incident_id !== null && hidden.has(v.incident_id);
    return {
      id: v.id,
      source: v.source as ReportSource,
      status: v.status as ReportStatus,
      alert_state: v.alert_state as AlertState | null,
      title: v.title,
      description: v.description,
      system: v.system,
      severity_hint: v.severity_hint,
      occurred_at: v.occurred_at,
      reporter_name: v.reporter_name,
      reporter_contact: v.reporter_contact,
      received_at: v.received_at,
      last_received_at: v.last_received_at,
      times_received: Number(v.times_received),
      incident_id: conceal ? null : v.incident_id,
      incident_reference: conceal ? null : v.incident_reference,
      dismissed_reason: v.dismissed_reason,
      handled_by_name: v.handled_by_name,
      handled_at: v.handled_at,
    };
  });
}

export async function presentReport(tx: Tx, actor: Actor, view: ReportView): Promise<Report> {
  return (await presentReports(tx, actor, [view]))[0]!;
}
