// DORA drafts (Art. 19, RTS (EU) 2025/301): the initial notification (Art. 1-2), the intermediate report (Art. 3)
// and the final report (Art. 4) on a major ICT-related incident.
import type { ObligationKind } from './obligations.js';
import type { DraftWriter } from './drafts-values.js';

/** Within 4 hours of classification (24 hours of awareness at most). */
export function doraInitialDraft(w: DraftWriter): void {
  report(w, 'dora_initial', null);
  entity(w);
  const classifiedAt = w.input.assessment?.dora.classified_at;
  w.begin('incident')
    .add('timeline.discovered_at', w.time(w.input.incident.awareness_at), 'dora.detected_at')
    .add('dora.classified_at', classifiedAt ? w.time(classifiedAt) : w.unknown)
    .add('nature.summary', w.summary())
    .add('incident.services', w.services())
    // How it was found, where it came from and whether the continuity plan was activated: Stormbell does not record.
    .add('dora.discovery', w.toFill)
    .add('dora.origin', w.toFill)
    .add('dora.bcp', w.toFill);
  w.begin('dora.classification')
    .add('dora.criteria', w.doraCriteria())
    .add('dora.member_states', memberStates(w))
    .add('incident.personal_data', w.personalData());
}

/** Within 72 hours of the initial notification, even if nothing changed. */
export function doraIntermediateDraft(w: DraftWriter): void {
  report(w, 'dora_intermediate', 'dora_initial');
  entity(w);
  w.begin('incident')
    .add('timeline.occurred_at', w.toFill)
    .add('timeline.discovered_at', w.time(w.input.incident.awareness_at), 'dora.detected_at')
    .add('dora.recovery', recovery(w))
    .add('dora.incident_type', w.text(w.input.incident.scenario))
    .add('incident.services', w.services())
    .add('dora.clients', w.affected());
  w.begin('dora.classification')
    .add('dora.criteria', w.doraCriteria())
    .add('dora.member_states', memberStates(w));
  w.begin('dora.threat')
    .add('threat.malicious', w.malicious())
    .add('threat.techniques', w.toFill)
    .add('threat.iocs', w.toFill);
  w.begin('mitigation')
    .add('mitigation.applied', w.measures())
    .add('follow_up.other_authorities', w.otherReports('dora'));
}

/** Within a month of the last intermediate report. */
export function doraFinalDraft(w: DraftWriter): void {
  report(w, 'dora_final', 'dora_intermediate');
  entity(w);
  w.begin('incident')
    .add('nature.summary', w.summary())
    .add('dora.incident_type', w.text(w.input.incident.scenario))
    .add('dora.criteria', w.doraCriteria())
    .add('dora.recovery', recovery(w));
  w.begin('dora.root_cause').add('threat.root_cause', w.toFill).add('threat.malicious', w.malicious());
  w.begin('dora.resolution').add('mitigation.applied', w.measures(), 'dora.resolution');
  w.begin('dora.costs')
    .add('dora.costs', w.toFill)
    .add('dora.recurrence', w.toFill)
    .add('follow_up.other_authorities', w.otherReports('dora'));
}

function report(w: DraftWriter, kind: ObligationKind, follows: ObligationKind | null): void {
  w.begin('report')
    .add('notification.law', w.t('legal.draft.value.law.dora'))
    .add('notification.type', w.t(`legal.draft.title.${kind}`), 'notification.report');
  if (follows) w.add('notification.previous', w.previous(follows));
  w.add('notification.recipient', w.recipient()).add(
    'notification.incident_reference',
    w.input.incident.reference,
  );
}

function entity(w: DraftWriter): void {
  w.begin('dora.entity')
    .add('organisation.name', w.input.organisation.name)
    // The Legal Entity Identifier is not in the plan: the person submitting fills it in.
    .add('dora.lei', w.toFill);
  w.contactFields();
}

function memberStates(w: DraftWriter): string {
  return w.input.assessment?.dora.criteria.includes('geography')
    ? w.t('legal.draft.value.member_states_spread')
    : w.unknown;
}

/** Regular activities recovered once the incident is handled; until then, what recovery expects. */
function recovery(w: DraftWriter): string {
  return w.isHandled ? w.t('legal.draft.value.recovered', { phase: w.phase() }) : w.expectedRecovery();
}
