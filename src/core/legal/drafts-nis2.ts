// NIS2 drafts (Art. 23(4)): the early warning, the incident notification that updates it, and the final report.
// The Dutch Cyberbeveiligingswet also asks for the contact details of the responsible officer in each.
import type { ObligationKind } from './obligations.js';
import type { DraftWriter } from './drafts-values.js';

/** Within 24 hours: is malice suspected, can it reach across borders, and whom to call. */
export function nis2EarlyWarningDraft(w: DraftWriter): void {
  report(w, 'nis2_early_warning', null);
  entity(w);
  w.begin('incident')
    .add('timeline.discovered_at', w.time(w.input.incident.awareness_at))
    .add('nature.summary', w.summary())
    .add('nature.scenario', w.text(w.input.incident.scenario))
    .add('incident.services', w.services())
    .add('incident.phase', w.phase());
  w.begin('nis2.early_assessment')
    .add('nis2.criteria', w.nis2Criteria())
    .add('threat.malicious', w.malicious())
    .add('cross_border.impact', w.crossBorder());
}

/** Within 72 hours: updates the early warning with a first assessment of severity and impact. */
export function nis2NotificationDraft(w: DraftWriter): void {
  report(w, 'nis2_notification', 'nis2_early_warning');
  entity(w);
  w.begin('incident')
    .add('timeline.discovered_at', w.time(w.input.incident.awareness_at))
    .add('nature.summary', w.summary())
    .add('nature.scenario', w.text(w.input.incident.scenario))
    .add('incident.services', w.services())
    .add('incident.phase', w.phase())
    .add('incident.personal_data', w.personalData());
  w.begin('nis2.initial_assessment')
    .add('nis2.severity', w.severity())
    .add('nis2.criteria', w.nis2Criteria())
    .add('nis2.impact', w.affected())
    .add('threat.malicious', w.malicious())
    .add('cross_border.impact', w.crossBorder())
    // Indicators of compromise "where available": Stormbell does not hold them.
    .add('threat.iocs', w.toFill);
  w.begin('mitigation')
    .add('mitigation.applied', w.measures())
    .add('incident.expected_recovery', w.expectedRecovery());
}

/** Within a month of the notification: the whole story, or a progress report while it is still being handled. */
export function nis2FinalDraft(w: DraftWriter): void {
  report(w, 'nis2_final', 'nis2_notification');
  entity(w);
  w.begin('incident')
    .add('nature.summary', w.summary())
    .add('timeline.discovered_at', w.time(w.input.incident.awareness_at))
    .add('incident.services', w.services())
    .add('incident.phase', w.phase());
  w.begin('nis2.severity_impact')
    .add('nis2.severity', w.severity())
    .add('nis2.criteria', w.nis2Criteria())
    .add('nis2.impact', w.affected());
  w.begin('threat')
    .add('threat.type', w.text(w.input.incident.scenario))
    .add('threat.malicious', w.malicious())
    .add('threat.root_cause', w.toFill);
  w.begin('mitigation')
    .add('mitigation.applied', w.measures())
    .add('mitigation.ongoing', w.ongoingMitigation());
  w.begin('cross_border').add('cross_border.impact', w.crossBorder());
}

function report(w: DraftWriter, kind: ObligationKind, follows: ObligationKind | null): void {
  // Art. 23(4)(e): a final report due while the incident is still being handled is a progress report.
  const type =
    kind === 'nis2_final' && !w.isHandled
      ? w.t('legal.draft.value.type.progress')
      : w.t(`legal.draft.title.${kind}`);
  w.begin('report')
    .add('notification.law', w.t('legal.draft.value.law.nis2'))
    .add('notification.type', type, 'notification.report');
  if (follows) w.add('notification.previous', w.previous(follows));
  w.add('notification.recipient', w.recipient()).add(
    'notification.incident_reference',
    w.input.incident.reference,
  );
}

function entity(w: DraftWriter): void {
  w.begin('nis2.entity').add('organisation.name', w.input.organisation.name);
  w.contactFields();
}
