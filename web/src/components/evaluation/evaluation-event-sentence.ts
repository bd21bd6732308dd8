// The review's and the action items' timeline events in words ("Anna marked the review done", "Bob closed the
// action item “Test the backups” as done, with plan version 4"); a reason or note as the second line.
import type { TFunction } from 'i18next';
import type { IncidentEvent } from '../../api/incidents';
import i18n from '../../i18n';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};

function sentenceKey(e: IncidentEvent): string {
  const p = e.payload;
  const status = str(p.status) ?? str(obj(p.after).status);
  if (e.type === 'action_item.closed' && status === 'dropped') return 'action_item.dropped';
  if (e.type === 'action_item.reminder' && !str(p.to)) return 'action_item.reminder_nobody';
  if (e.type === 'action_item.closed' && typeof p.closed_by_plan_version === 'number')
    return 'action_item.closed_plan';
  return e.type;
}

export function evaluationSentence(
  t: TFunction,
  e: IncidentEvent,
  actor: string,
): { sentence: string; detail?: string } {
  const p = e.payload;
  const key = `evaluation.event.${sentenceKey(e)}`;
  // Types the server learned after this UI was built still show, by their name.
  if (typeof i18n.getResource(i18n.language, 'translation', key) !== 'string')
    return { sentence: t('incidents.event_sentence.unknown', { actor, type: e.type }) };
  const sentence = t(key, {
    actor,
    title: str(p.title) ?? str(obj(p.after).title) ?? str(obj(p.before).title) ?? '',
    version: typeof p.closed_by_plan_version === 'number' ? p.closed_by_plan_version : '',
    to: str(p.to) ?? '',
  });
  const detail = str(p.reason) ?? str(p.note);
  return detail ? { sentence, detail } : { sentence };
}
