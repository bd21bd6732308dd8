// An incident timeline event in words ("Anna moved the incident from Detection to Containment"), plus its detail.
import type { TFunction } from 'i18next';
import type { IncidentDetail, IncidentEvent } from '../../api/incidents';
import i18n from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { isEvaluationEvent } from '../../api/evaluation';
import { isLegalEvent } from '../../api/legal';
import { evaluationSentence } from '../evaluation/evaluation-event-sentence';
import { exerciseSentence } from '../exercises/exercise-event-sentence';
import { legalSentence } from '../legal/legal-event-sentence';
import { channelList } from '../messages/channel-words';

type Payload = Record<string, unknown>;

/** Names for the ids events carry (roles, services, tasks, severities), from the incident as it is now. */
export interface EventNames {
  role: (id: string) => string;
  service: (id: string) => string;
  task: (id: string) => string;
  severity: (id: string) => string;
}

export function eventNames(
  incident: IncidentDetail,
  severities: Map<string, string> = new Map(),
): EventNames {
  const roles = new Map(incident.roles.map((r) => [r.role_id, r.role_name]));
  const services = new Map(incident.services.map((s) => [s.service_id, s.name]));
  const tasks = new Map(incident.tasks.map((x) => [x.id, x.title]));
  return {
    role: (id) => roles.get(id) ?? id,
    service: (id) => services.get(id) ?? id,
    task: (id) => tasks.get(id) ?? id,
    severity: (id) => severities.get(id) ?? (id === incident.severity_id ? incident.severity_name : id),
  };
}

const obj = (v: unknown): Payload => (v && typeof v === 'object' ? (v as Payload) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A value from the catalogue when it is one of ours (a phase, a state), else as the server sent it. */
function word(t: TFunction, group: string, value: unknown): string {
  const s = str(value);
  return s ? t(`incidents.${group}.${s}`, { defaultValue: s }) : t('incidents.event_sentence.nothing');
}

const SHOWN_FIELDS = ['title', 'severity_id', 'restricted', 'personal_data', 'owner_role', 'due_at'];

function changes(t: TFunction, names: EventNames, p: Payload): string {
  const before = obj(p.before);
  const after = obj(p.after);
  const show = (f: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('incidents.event_sentence.nothing');
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (f === 'personal_data') return word(t, 'personal_data', v);
    if (f === 'severity_id') return names.severity(String(v));
    if (f === 'owner_role') return names.role(String(v));
    if (f === 'due_at') return formatDateTime(String(v));
    return String(v);
  };
  return Object.keys(after)
    .filter((f) => SHOWN_FIELDS.includes(f))
    .map((f) =>
      t('incidents.event_sentence.change', {
        field: t(`incidents.event_sentence.field.${f}`),
        from: show(f, before[f]),
        to: show(f, after[f]),
      }),
    )
    .join('; ');
}

function sentenceKey(e: IncidentEvent): string {
  const p = e.payload;
  if (e.type === 'incident.phase_changed' && p.direction === 'back') return 'incident.phase_back';
  if (e.type === 'task.status_changed' && str(p.to)) return `task.status_${str(p.to)}`;
  if (e.type === 'eta.changed' && !p.eta_at) return 'eta.cleared';
  if (e.type === 'report.merged' && !str(p.title)) return 'report.merged_employee';
  if (e.type === 'task.updated' && !changesShown(p)) return 'task.updated_plain';
  return e.type;
}

const changesShown = (p: Payload) => Object.keys(obj(p.after)).some((f) => SHOWN_FIELDS.includes(f));

/** The sentence for the event's type, and its optional second line (a reason, a note, a decision's rationale). */
export function eventSentence(
  t: TFunction,
  e: IncidentEvent,
  names: EventNames,
): { sentence: string; detail?: string } {
  const p = e.payload;
  const actor = e.actor_name ?? t('incidents.event_sentence.system');
  if (isMessageEvent(e.type)) return messageSentence(t, e, actor, names);
  if (isLegalEvent(e.type)) return legalSentence(t, e, actor);
  if (isEvaluationEvent(e.type)) return evaluationSentence(t, e, actor);
  if (e.type.startsWith('exercise.')) return exerciseSentence(t, e, actor);
  const key = `incidents.event.${sentenceKey(e)}`;
  // Types the server learned after this UI was built still show, by their name.
  if (typeof i18n.getResource(i18n.language, 'translation', key) !== 'string')
    return { sentence: t('incidents.event_sentence.unknown', { actor, type: e.type }) };
  const awareness = e.type === 'incident.awareness_changed';
  const service = e.type === 'service.state_changed';
  const sentence = t(key, {
    actor,
    reference: str(p.reference) ?? '',
    title: str(p.title) ?? str(obj(p.after).title) ?? names.task(str(p.task_id) ?? ''),
    from: awareness
      ? formatDateTime(str(p.before))
      : service
        ? word(t, 'service_state', p.before)
        : word(t, 'phase', p.from),
    to: awareness
      ? formatDateTime(str(p.after))
      : service
        ? word(t, 'service_state', p.after)
        : word(t, 'phase', p.to),
    role: names.role(str(p.role_id) ?? ''),
    name: str(obj(p.to).name) ?? str(p.name) ?? t('incidents.event_sentence.nobody'),
    previous: str(obj(p.from).name) ?? t('incidents.event_sentence.nobody'),
    service: names.service(str(p.service_id) ?? ''),
    version: typeof p.version === 'number' ? p.version : '',
    eta: formatDateTime(str(p.eta_at)),
    confidence: word(t, 'confidence_short', p.confidence),
    changes: changes(t, names, p),
  });
  const detail = str(p.reason) ?? str(p.text) ?? str(p.rationale);
  return detail ? { sentence, detail } : { sentence };
}

const isMessageEvent = (type: string) =>
  type.startsWith('message.') || type.startsWith('recipients.') || type === 'update.overdue';

/** Communication's events (their words live with the rest of communication's): the audience, role, channels. */
function messageSentence(
  t: TFunction,
  e: IncidentEvent,
  actor: string,
  names: EventNames,
): { sentence: string; detail?: string } {
  const p = e.payload;
  const key = `messages.event.${e.type}`;
  if (typeof i18n.getResource(i18n.language, 'translation', key) !== 'string')
    return { sentence: t('incidents.event_sentence.unknown', { actor, type: e.type }) };
  const sentence = t(key, {
    actor,
    audience: str(p.audience_name) ?? str(p.audience_id) ?? '',
    role: str(p.role_name) ?? names.role(str(p.role_id) ?? ''),
    channels: Array.isArray(p.channels) ? channelList(t, p.channels.map(String)) : '',
    deliveries: typeof p.deliveries === 'number' ? p.deliveries : 0,
    added: typeof p.added === 'number' ? p.added : 0,
  });
  const detail = str(p.comment);
  return detail ? { sentence, detail } : { sentence };
}

/** The timeline's filters, each a list of type prefixes the server understands (`task` matches task.*). */
export const EVENT_GROUPS: Record<string, string[]> = {
  note: ['note'],
  decision: ['decision'],
  phase: ['incident', 'report'],
  task: ['task'],
  people: ['role', 'member'],
  facts: ['facts'],
  service: ['service', 'eta'],
  message: ['message', 'update', 'recipients'],
  legal: ['assessment', 'obligation'],
  review: ['review', 'action_item'],
};
