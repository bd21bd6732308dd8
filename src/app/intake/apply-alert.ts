// One arriving alert: a new report, or an update of the report its fingerprint already has, with its event.
import { randomUUID } from 'node:crypto';
import { dedupeAction } from '../../core/intake/dedupe.js';
import type { NormalisedAlert } from '../../core/intake/normalised.js';
import type { AlertSource, AlertState, ReportStatus } from '../../core/intake/sources.js';
import {
  insertReport,
  latestByFingerprint,
  lockIntake,
  updateReport,
  type ReportRow,
} from '../../store/repos/reports.js';
import type { Ctx, Unit } from '../context.js';

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
 * first event of an arrival takes and keeps until commit.
 */
export async function lockFingerprints(
  ctx: Ctx,
  u: Unit,
  source: AlertSource,
  alerts: readonly NormalisedAlert[],
): Promise<void> {
  const names = [...new Set(alerts.map((a) => lockName(source, a.fingerprint)))].sort();
  for (const name of names) await lockIntake(u.tx, ctx.store.dialect, name);
}

/** Applies one alert; its fingerprint must be locked already (`lockFingerprints`). */
export async function applyAlert(
  ctx: Ctx,
  u: Unit,
  source: AlertSource,
  alert: NormalisedAlert,
  sender: { name: string },
): Promise<AppliedAlert> {
  const latest = await latestByFingerprint(u.tx, source, alert.fingerprint);
  const action = dedupeAction(
    alert.state,
    latest && { status: latest.status as ReportStatus, alertState: latest.alert_state as AlertState | null },
  );
  const payload = JSON.stringify(alert.payload);

  if (action.kind === 'create' || !latest) {
    const report: ReportRow = {
      id: randomUUID(),
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
    await insertReport(u.tx, report);
    await u.event(
      'report.received',
      {
        source,
        title: report.title,
        fingerprint: report.fingerprint,
        alert_state: report.alert_state,
        system: report.system,
        severity_hint: report.severity_hint,
        sender: sender.name,
      },
      { subject: report.id },
    );
    return { report, created: true, notify: action.kind === 'create' && action.notify };
  }

  if (action.kind === 'repeat') {
    const changes = {
      alert_state: 'firing',
      times_received: Number(latest.times_received) + 1,
      last_received_at: u.now,
      payload,
    };
    await updateReport(u.tx, latest.id, changes);
    await u.event(
      'report.updated',
      { source, alert_state: 'firing', times_received: changes.times_received, reopened: action.reopened },
      { subject: latest.id },
    );
    return { report: { ...latest, ...changes }, created: false, notify: false };
  }

  const changes = { alert_state: 'resolved', last_received_at: u.now, payload };
  await updateReport(u.tx, latest.id, changes);
  if (action.kind === 'touch') {
    await u.event('report.updated', { source, alert_state: 'resolved' }, { subject: latest.id });
  } else {
    await u.event('report.resolved', { source, title: latest.title }, { subject: latest.id });
    // Whoever runs the incident this alert belongs to should see, on its own timeline, that the alert stopped.
    if (latest.incident_id) {
      await u.event(
        'report.resolved',
        { report_id: latest.id, source, title: latest.title },
        { subject: latest.id, chainId: latest.incident_id },
      );
    }
  }
  return { report: { ...latest, ...changes }, created: false, notify: false };
}
