// The review's and the action items' timeline events read as whole sentences on the incident's timeline, with the
// reason or note as the second line; payloads as the server's use cases write them (src/app/evaluation).
import { describe, expect, it, vi } from 'vitest';
import type { IncidentDetail, IncidentEvent } from '../../api/incidents';
import { eventNames, eventSentence } from '../incidents/event-sentence';

// The real catalogues in a plain i18next instance: the app's set-up needs a browser.
vi.mock('../../i18n', async () => {
  const i18next = (await import('i18next')).default;
  const en = (await import('../../i18n/en.json')).default;
  const incidents = (await import('../../i18n/incidents.en.json')).default;
  const evaluation = (await import('../../i18n/evaluation.en.json')).default;
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: { translation: { ...en, ...incidents, ...evaluation } } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return { default: instance, currentLanguage: () => 'en' };
});

const i18n = (await import('../../i18n')).default;
const t = i18n.t.bind(i18n);
const names = eventNames({ roles: [], services: [], tasks: [] } as unknown as IncidentDetail);

const event = (
  type: string,
  payload: Record<string, unknown>,
  actor: string | null = 'Anna',
): IncidentEvent => ({
  id: 'e1',
  seq: 1,
  at: '2026-05-14T09:00:00Z',
  actor_id: actor ? 'a1' : null,
  actor_name: actor,
  type,
  subject: null,
  payload,
  pinned: false,
});
const item = { action_item_id: 'i1', title: 'Test the backups' };

describe('evaluation events in words', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    [
      'review.contribution_added',
      { contribution_id: 'c1', went_well: 'x', went_wrong: '' },
      'Anna added what went well and what went wrong to the review',
    ],
    ['review.contribution_edited', { contribution_id: 'c1' }, 'Anna changed a contribution to the review'],
    ['review.contribution_removed', { contribution_id: 'c1' }, 'Anna removed a contribution from the review'],
    [
      'review.texts_changed',
      { lessons: 'Test restores.' },
      'Anna changed the communication assessment or the lessons',
    ],
    ['review.done', {}, 'Anna marked the review done'],
    ['review.reopened', { from: 'done', reason: null }, 'Anna reopened the review'],
    [
      'action_item.added',
      { ...item, owner_name: 'Bob', status: 'open' },
      'Anna added the action item “Test the backups”',
    ],
    ['action_item.updated', { ...item, changes: {} }, 'Anna changed the action item “Test the backups”'],
    [
      'action_item.closed',
      { ...item, status: 'done', closed_by_plan_version: null, note: '' },
      'Anna closed the action item “Test the backups” as done',
    ],
    [
      'action_item.closed',
      { ...item, status: 'done', closed_by_plan_version: 4, note: '' },
      'Anna closed the action item “Test the backups” as done, with plan version 4',
    ],
    [
      'action_item.closed',
      { ...item, status: 'dropped', closed_by_plan_version: null, note: 'No budget' },
      'Anna dropped the action item “Test the backups”',
    ],
    ['action_item.reopened', { ...item, from: 'done' }, 'Anna reopened the action item “Test the backups”'],
  ];
  it.each(cases)('%s', (type, payload, sentence) => {
    expect(eventSentence(t, event(type, payload), names).sentence).toBe(sentence);
  });

  it('shows the reason for skipping and the note for dropping as the second line', () => {
    const skipped = eventSentence(t, event('review.skipped', { reason: 'A false alarm' }), names);
    expect(skipped).toEqual({ sentence: 'Anna skipped the review', detail: 'A false alarm' });
    const dropped = eventSentence(
      t,
      event('action_item.closed', { ...item, status: 'dropped', note: 'No budget this year' }),
      names,
    );
    expect(dropped.detail).toBe('No budget this year');
  });

  it('says who was reminded of an overdue item, or that nobody could be', () => {
    const reminded = event('action_item.reminder', { ...item, due_on: '2026-05-01', to: 'Priya Shah' }, null);
    expect(eventSentence(t, reminded, names).sentence).toBe(
      'Priya Shah was reminded that the action item “Test the backups” is overdue',
    );
    const nobody = event('action_item.reminder', { ...item, due_on: '2026-05-01', to: null }, null);
    expect(eventSentence(t, nobody, names).sentence).toBe(
      'The action item “Test the backups” is overdue; nobody could be reminded',
    );
  });

  it('names an evaluation event it does not know yet rather than hiding it', () => {
    expect(eventSentence(t, event('review.archived', {}), names).sentence).toBe('Anna: review.archived');
  });
});
