import { describe, expect, it } from 'vitest';
import { dueInjects, injectDueTimes, type FiredInject } from './schedule.js';
import type { Inject } from './script.js';

const inject = (id: string, timing: Pick<Inject, 'at' | 'after'>): Inject => ({
  id,
  ...timing,
  title: id,
  body: id,
  to: ['incident_commander'],
  how: ['app'],
});
const script = {
  injects: [
    inject('helpdesk', { at: '+00:00' }),
    inject('ransom_note', { at: '+00:10' }),
    inject('journalist', { after: { inject: 'ransom_note', offset: '+00:15' } }),
    inject('backups', { after: { inject: 'journalist', offset: '+00:05' } }),
  ],
};
const min = (m: number) => m * 60_000;

describe('inject schedule', () => {
  it('plans offsets from the start and after other injects', () => {
    const due = injectDueTimes(script, new Map());
    expect([...due]).toEqual([
      ['helpdesk', 0],
      ['ransom_note', min(10)],
      ['journalist', min(25)],
      ['backups', min(30)],
    ]);
  });

  it('fires what is due, once, following chains', () => {
    expect(dueInjects(script, new Map(), 0).map((i) => i.id)).toEqual(['helpdesk']);
    const fired = new Map<string, FiredInject>([['helpdesk', { due_ms: 0, fired_ms: 0 }]]);
    expect(dueInjects(script, fired, min(9))).toEqual([]);
    expect(dueInjects(script, fired, min(31))).toEqual([
      { id: 'ransom_note', due_ms: min(10) },
      { id: 'journalist', due_ms: min(25) },
      { id: 'backups', due_ms: min(30) },
    ]);
  });

  it('moves the followers of an inject fired early, not of one fired late by the tick', () => {
    const early = new Map<string, FiredInject>([['ransom_note', { due_ms: min(10), fired_ms: min(4) }]]);
    expect(injectDueTimes(script, early).get('journalist')).toBe(min(19));
    const late = new Map<string, FiredInject>([['ransom_note', { due_ms: min(10), fired_ms: min(11) }]]);
    expect(injectDueTimes(script, late).get('journalist')).toBe(min(25));
  });
});
