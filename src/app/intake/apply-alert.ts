// The alerts of one arrival: a new report per alert never seen, or an update of the report its fingerprint already
// has, with their events; looked up, inserted and updated together, in a few statements for the whole arrival.
import { dedupeAction } from '../../core/intake/dedupe.js';
import type { NormalisedAlert } from '../../core/intake/normalised.js';
import type { AlertSource, AlertState, ReportStatus } from '../../core/intake/sources.js';
import {
  insertReports,
  latestByFingerprints,
  lockIntakeMany,
  updateReportsFromAlerts,
  type AlertChanges,
  type ReportRow,
} from '../../store/repos/reports.js';
import { timeOrderedId } from '../../store/repos/timeline-append-many.js';
import type { Ctx, Unit, UnitEvent } from '../context.js';

export interface AppliedAlert {
  report: ReportRow;
  created: boolean;
  /** A new report that someone should look at (not a repeat, not something already over). */
  notify: boolean;
}

/** The lock that serialises the alerts of one fingerprint (PostgreSQL; SQLite serialises writers anyway). */
const lockName = (source: AlertSource, fingerprint: string) => `report:${source}:${fingerprint}`;

/**
 * Takes the locks of every fingerprint in an arrival, each once and in one order (sorted), before any of them is
 * applied. Taking them alert by alert could deadlock: two arrivals naming the same alerts in another order (an
 * alert routed to two receivers), or one waiting for a fingerprint while holding the timeline's head, which the
 * events of an arrival take and keep until commit.
 */
export async function lockFingerprints(
  ctx: Ctx,
  u: Unit,
  source: AlertSource,
  alerts: readonly NormalisedAlert[],
): Promise<void> {
  const names = [...new Set(alerts.map((a) => lockName(source, a.fingerprint)))].sort();
  await lockIntakeMany(u.tx, ctx.store.dialect, names);
}

/** What one alert does, decided from the newest report of its fingerprint (`latest`). */
interface Decided {
  applied: AppliedAlert;
  insert?: ReportRow;
  update?: AlertChanges;
  events: UnitEvent[];
}

function decide(
  u: Unit,
  source: AlertSource,
  alert: NormalisedAlert,
  sender: { name: string },
  latest: ReportRow | undefined,
): Decided {
  const action = dedupeAction(
    alert.state,
    latest && { status: latest.status as ReportStatus, alertState: latest.alert_state as AlertState | null },
  );
  const payload = JSON.stringify(alert.payload);

  if (action.kind === 'create' || !latest) {
    const report: ReportRow = {
      // Time-ordered: a storm of new reports appends to the primary key's index instead of writing all over it.
      id: timeOrderedId(),
      source,
      fingerprint: alert.fingerprint,
      status: 'new',
      alert_state: alert.state,
      title: alert.title,
      description: alert.description,
      system: alert.system,
      severity_hint: alert.severityHint,
      occurred_at: alert.occurredAt,
      reporter_name: null,
      reporter_contact: null,
      payload,
      received_at: u.now,
      last_received_at: u.now,
      times_received: 1,
      incident_id: null,
      dismissed_reason: null,
      handled_by: null,
      handled_at: null,
    };
    const event: UnitEvent = {
      type: 'report.received',
      payload: {
        source,
        title: report.title,
        fingerprint: report.fingerprint,
        alert_state: report.alert_state,
        system: report.system,
        severity_hint: report.severity_hint,
        sender: sender.name,
      },
      subject: report.id,
    };
    return {
      applied: { report, created: true, notify: action.kind === 'create' && action.notify },
      insert: report,
      events: [event],
    };
  }

  if (action.kind === 'repeat') {
    const changes = {
      alert_state: 'firing',
      times_received: Number(latest.times_received) + 1,
      last_received_at: u.now,
      payload,
    };
    return {
      applied: { report: { ...latest, ...changes }, created: false, notify: false },
      update: { id: latest.id, ...changes },
      events: [
        {
          type: 'report.updated',
          payload: {
            source,
            alert_state: 'firing',
            times_received: changes.times_received,
            reopened: action.reopened,
          },
          subject: latest.id,
        },
      ],
    };
  }

  const changes = { alert_state: 'resolved', last_received_at: u.now, payload };
  const report = { ...latest, ...changes };
  const update = { id: latest.id, times_received: Number(latest.times_received), ...changes };
  if (action.kind === 'touch') {
    const event = {
      type: 'report.updated',
      payload: { source, alert_state: 'resolved' },
      subject: latest.id,
    };
    return { applied: { report, created: false, notify: false }, update, events: [event] };
  }
  const events: UnitEvent[] = [
    { type: 'report.resolved', payload: { source, title: latest.title }, subject: latest.id },
  ];
  // Whoever runs the incident this alert belongs to should see, on its own timeline, that the alert stopped.
  if (latest.incident_id) {
    events.push({
      type: 'report.resolved',
      payload: { report_id: latest.id, source, title: latest.title },
      subject: latest.id,
      chainId: latest.incident_id,
    });
  }
  return { applied: { report, created: false, notify: false }, update, events };
}

/**
 * Applies an arrival's alerts in their order, as if one after the other (an alert whose fingerprint came earlier
 * in the same arrival sees the report that one left), with one look-up for all fingerprints, one INSERT for the
 * new reports and the updates batched. Their fingerprints must be locked already (`lockFingerprints`). Returns
 * the events to append, in order; the caller appends them last (`Unit.events`).
 */
export async function applyAlerts(
  ctx: Ctx,
  u: Unit,
  source: AlertSource,
  alerts: readonly NormalisedAlert[],
  sender: { name: string },
): Promise<{ applied: AppliedAlert[]; events: UnitEvent[] }> {
  const latest = await latestByFingerprints(
    u.tx,
    source,
    alerts.map((a) => a.fingerprint),
  );
  const inserts = new Map<string, ReportRow>();
  const updates = new Map<string, AlertChanges>();
  const applied: AppliedAlert[] = [];
  const events: UnitEvent[] = [];
  for (const alert of alerts) {
    const d = decide(u, source, alert, sender, latest.get(alert.fingerprint));
    if (d.insert) inserts.set(d.insert.id, { ...d.insert });
    if (d.update) {
      // A report created earlier in this arrival is inserted as it ends up; another gets its last changes.
      const pending = inserts.get(d.update.id);
      if (pending) Object.assign(pending, d.update);
      else updates.set(d.update.id, d.update);
    }
    latest.set(alert.fingerprint, d.applied.report);
    applied.push(d.applied);
    events.push(...d.events);
  }
  await insertReports(u.tx, [...inserts.values()]);
  await updateReportsFromAlerts(u.tx, ctx.store.dialect, [...updates.values()]);
  return { applied, events };
}
