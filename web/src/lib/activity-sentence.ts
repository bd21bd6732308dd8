// Turns a timeline event into a readable sentence in the UI language ("Anna created account bob@example.org (responder)").
import type { TFunction } from 'i18next';
import type { Account, TimelineEvent } from '../api/types';
import i18n from '../i18n';

type Payload = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A field's value as a person reads it: levels and languages in words, booleans as yes/no. */
export function readableValue(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('activity.empty_value');
  if (field === 'access_level' && typeof value === 'string')
    return t(`level.${value}`, { defaultValue: value });
  if ((field === 'language' || field === 'default_language') && typeof value === 'string')
    return t(`language.${value}`, { defaultValue: value });
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function changes(t: TFunction, payload: Payload): string {
  const before = (payload.before ?? {}) as Payload;
  const after = (payload.after ?? {}) as Payload;
  return Object.keys(after)
    .map((field) =>
      t('activity.change', {
        field: t(`activity.field.${field}`, { defaultValue: field }),
        from: readableValue(t, field, before[field]),
        to: readableValue(t, field, after[field]),
      }),
    )
    .join('; ');
}

export function activitySentence(t: TFunction, e: TimelineEvent, accounts: Map<string, Account>): string {
  const p = e.payload;
  const subjectAccount = e.subject ? accounts.get(e.subject) : undefined;
  const actor = e.actor_name ?? t('activity.system');
  const target =
    str(p.email) ?? subjectAccount?.email ?? str(p.name) ?? e.subject ?? t('activity.unknown_target');
  const key = `activity.event.${e.type}`;
  // Types added to the server later than this UI still show, by their name.
  if (typeof i18n.getResource(i18n.language, 'translation', key) !== 'string')
    return t('activity.event_unknown', { actor, type: e.type });
  return t(key, {
    actor,
    target,
    organisation: str(p.organisation) ?? '',
    level: readableValue(t, 'access_level', p.access_level),
    name: str(p.name) ?? e.subject ?? '',
    recipient: str(p.recipient) ?? e.subject ?? '',
    changes: changes(t, p),
    version: typeof p.version === 'number' ? p.version : '',
    restored_from: typeof p.restored_from === 'number' ? p.restored_from : '',
    description: str(p.description) ?? '',
    people: typeof p.people === 'number' ? p.people : '',
  });
}
