// GDPR drafts: the notification to the supervisory authority laid out like the Autoriteit Persoonsgegevens' data
// breach form (sections 0-9), the breach register entry (Art. 33(5)), and what a message to the people must say.
import { addHours } from './clock.js';
import type { DraftWriter } from './drafts-values.js';

/** Art. 33: in the order of the AP's form, so it can be copied across field by field. */
export function authorityDraft(w: DraftWriter): void {
  const { input } = w;
  const earlier = w.first('gdpr_authority');
  // A second follow-up names the one before it; the type line always names the first notification.
  const previous = w.newestOf(['gdpr_authority', 'gdpr_follow_up']);
  w.begin('ap.about')
    .add('notification.law', w.t('legal.draft.value.law.gdpr'))
    .add(
      'notification.type',
      earlier
        ? w.t('legal.draft.value.type.follow_up', { reference: earlier.reference })
        : w.t('legal.draft.value.type.new'),
    )
    .add('notification.previous', previous ? w.submission(previous) : w.t('legal.draft.value.not_applicable'))
    .add('notification.recipient', w.recipient())
    .add('notification.incident_reference', input.incident.reference)
    // A follow-up adds to a notification already made (Art. 33(4)); only the first one can be late.
    .add('notification.delay_reason', earlier ? w.t('legal.draft.value.not_applicable') : w.delayReason());

  w.begin('ap.contact').add('organisation.name', input.organisation.name);
  w.contactFields().add('contact.processors', w.toFill);

  w.begin('ap.timeline')
    .add('timeline.occurred_at', w.toFill)
    .add('timeline.discovered_at', w.time(input.incident.awareness_at))
    .add('timeline.ongoing', ongoing(w));

  w.begin('ap.breach')
    .add('nature.summary', w.summary())
    .add('nature.scenario', w.text(input.incident.scenario))
    .add('nature.kind', w.natureKind());

  const g = input.assessment?.gdpr;
  w.begin('ap.data').add('data.categories', w.categories()).add('data.records', w.count(g?.records));

  w.begin('ap.people')
    .add('subjects.groups', w.affected())
    .add('subjects.min', w.count(g?.subjects_min))
    .add('subjects.max', w.count(g?.subjects_max));

  w.begin('ap.protection')
    .add('protection.encrypted', w.encrypted())
    .add('protection.details', w.protectionDetails());

  w.begin('ap.consequences')
    .add('consequences.cia', w.cia())
    .add('consequences.harm', w.text(g?.consequences))
    .add('consequences.risk', w.risk())
    .add('consequences.reasoning', w.text(g?.reasoning));

  w.begin('ap.follow_up')
    .add('follow_up.informed', w.informed())
    .add('follow_up.measures', w.measures())
    .add('follow_up.cross_border', w.crossBorder())
    .add('follow_up.other_authorities', w.otherReports('gdpr'));

  w.begin('ap.other').add('other.notes', w.t('legal.draft.value.nothing_yet'));
}

/** Art. 33(5): the register keeps every breach with its facts, effects and remedial action, notified or not. */
export function registerDraft(w: DraftWriter): void {
  const { input } = w;
  const g = input.assessment?.gdpr;
  w.begin('register.breach')
    .add('register.incident', w.incidentLine())
    .add('timeline.discovered_at', w.time(input.incident.awareness_at))
    .add('nature.summary', w.summary())
    .add('nature.kind', w.natureKind())
    .add('data.categories', w.categories())
    .add('data.records', w.count(g?.records))
    .add('subjects.groups', w.affected())
    .add('subjects.min', w.count(g?.subjects_min))
    .add('subjects.max', w.count(g?.subjects_max))
    .add('protection.encrypted', w.encrypted());

  w.begin('register.effects')
    .add('consequences.harm', w.text(g?.consequences))
    .add('consequences.risk', w.risk())
    .add('consequences.reasoning', w.text(g?.reasoning));

  w.begin('register.remedy').add('follow_up.measures', w.measures());

  w.begin('register.notifications')
    .add('register.authority', authorityStatus(w))
    .add('follow_up.informed', w.informed());
}

/** Art. 34: what the message to the people must tell them, in plain words; a helper for writing it. */
export function dataSubjectsDraft(w: DraftWriter): void {
  const { input } = w;
  w.begin('plain.what')
    .add('plain.what_happened', w.summary())
    .add('plain.discovered_at', w.time(input.incident.awareness_at))
    .add('plain.data', w.categories());
  w.begin('plain.consequences').add('plain.consequences', w.text(input.assessment?.gdpr.consequences));
  w.begin('plain.measures').add('plain.measures', w.text(input.facts?.actions));
  w.begin('plain.advice').add('plain.advice', w.text(input.facts?.advice));
  w.begin('plain.contact').add('plain.contact', w.contactLine());
}

function ongoing(w: DraftWriter): string {
  if (w.isContained) return w.t('legal.draft.value.ongoing.contained');
  if (w.input.incident.phase === 'containment') return w.t('legal.draft.value.ongoing.containment');
  return w.t('legal.draft.value.ongoing.detection');
}

function authorityStatus(w: DraftWriter): string {
  const done = w.first('gdpr_authority');
  if (done)
    return w.t('legal.draft.value.authority.submitted', {
      reference: done.reference,
      at: w.time(done.submitted_at),
    });
  const risk = w.input.assessment?.gdpr.risk;
  if (risk === 'none') return w.t('legal.draft.value.authority.not_required');
  if (risk === 'risk' || risk === 'high')
    return w.t('legal.draft.value.authority.pending', {
      at: w.time(addHours(w.input.incident.awareness_at, 72)),
    });
  return w.unknown;
}
