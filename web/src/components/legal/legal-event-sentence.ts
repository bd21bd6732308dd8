// The legal clocks' timeline events in words ("Anna recorded that the notification to the authority was
// submitted, reference M-123"); their payloads carry { obligation_id, kind, due_at?, step?, reference?, reasoning? },
// the assessment's { changes: [{ answer, before, after }], reason? }.
import type { TFunction } from 'i18next';
import type { IncidentEvent } from '../../api/incidents';
import { OBLIGATION_KINDS, type ObligationKind } from '../../api/legal';
import i18n from '../../i18n';
import { kindName, legalTime } from './legal-words';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isKind = (v: unknown): v is ObligationKind =>
  typeof v === 'string' && (OBLIGATION_KINDS as readonly string[]).includes(v);

/** A changed assessment: how many answers changed; the first one (nothing before) simply "recorded". */
function changedAnswers(p: Record<string, unknown>): number {
  const changes = Array.isArray(p.changes) ? (p.changes as Array<{ before?: unknown }>) : [];
  return changes.every((c) => c?.before === null || c?.before === undefined) ? 0 : changes.length;
}

function sentenceKey(e: IncidentEvent): string {
  const p = e.payload;
  if (e.type === 'assessment.recorded' && changedAnswers(p) > 0) return 'assessment.recorded_changes';
  if (e.type === 'obligation.reminder') return `obligation.reminder_${str(p.step) ?? 'overdue'}`;
  if (e.type === 'obligation.created' && str(p.follows_id)) return 'obligation.created_follow_up';
  if (e.type === 'obligation.created' && !str(p.due_at)) return 'obligation.created_no_due';
  if (e.type === 'obligation.submitted' && !str(p.reference)) return 'obligation.submitted_plain';
  return e.type;
}

/** The sentence, and the reasoning of a "not required" decision (or a change's reason) as its second line. */
export function legalSentence(
  t: TFunction,
  e: IncidentEvent,
  actor: string,
): { sentence: string; detail?: string } {
  const p = e.payload;
  const key = `legal.event.${sentenceKey(e)}`;
  // Types the server learned after this UI was built still show, by their name.
  const known = (k: string) => typeof i18n.getResource(i18n.language, 'translation', k) === 'string';
  if (!known(key) && !known(`${key}_other`))
    return { sentence: t('incidents.event_sentence.unknown', { actor, type: e.type }) };
  const sentence = t(key, {
    actor,
    duty: isKind(p.kind)
      ? kindName(t, p.kind, undefined, typeof p.sequence === 'number' ? p.sequence : undefined)
      : (str(p.kind) ?? ''),
    due: legalTime(str(p.due_at)),
    reference: str(p.reference) ?? '',
    count: changedAnswers(p),
  });
  const detail = str(p.reasoning) ?? str(p.reason);
  return detail ? { sentence, detail } : { sentence };
}
