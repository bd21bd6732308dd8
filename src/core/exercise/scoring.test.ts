import { describe, expect, it } from 'vitest';
import {
  deadlineMs,
  evidenceFor,
  judge,
  marginMinutes,
  outcomeOf,
  scoreOf,
  shows,
  type TimelineFact,
} from './scoring.js';
import type { Expectation } from './script.js';

const ev = (
  type: string,
  payload: Record<string, unknown> = {},
  at = '2026-12-01T09:05:00.000Z',
): TimelineFact => ({
  id: `${type}-${at}`,
  at,
  type,
  payload,
});
const base = { id: 'x', description: 'x', deadline: '+00:15' } as const;

describe('which event shows an expectation was done', () => {
  it('matches each kind to its event and parameter', () => {
    expect(shows({ ...base, kind: 'incident_declared' }, ev('incident.declared'))).toBe(true);
    const role: Expectation = { ...base, kind: 'role_assigned', role: 'communications_lead' };
    expect(shows(role, ev('role.assigned', { role_id: 'communications_lead' }))).toBe(true);
    expect(shows(role, ev('role.handed_over', { role_id: 'communications_lead' }))).toBe(true);
    expect(shows(role, ev('role.assigned', { role_id: 'legal_advisor' }))).toBe(false);
    expect(shows(role, ev('incident.declared', { roles: [{ role_id: 'communications_lead' }] }))).toBe(true);
    expect(shows(role, ev('incident.declared', { roles: [] }))).toBe(false);
    const phase: Expectation = { ...base, kind: 'phase_reached', phase: 'recovery' };
    expect(shows(phase, ev('incident.phase_changed', { to: 'containment' }))).toBe(false);
    expect(shows(phase, ev('incident.phase_changed', { to: 'recovery' }))).toBe(true);
    expect(shows(phase, ev('incident.phase_changed', { to: 'evaluation' }))).toBe(true);
    const task: Expectation = { ...base, kind: 'task_done', task: 'Isolate the  affected' };
    expect(
      shows(task, ev('task.status_changed', { title: 'Isolate the affected servers', to: 'done' })),
    ).toBe(true);
    expect(
      shows(task, ev('task.status_changed', { title: 'Isolate the affected servers', to: 'doing' })),
    ).toBe(false);
    expect(shows({ ...task, task: 't-1' }, ev('task.status_changed', { task_id: 't-1', to: 'done' }))).toBe(
      true,
    );
    expect(shows({ ...base, kind: 'decision_recorded' }, ev('decision.recorded'))).toBe(true);
    const message: Expectation = { ...base, kind: 'message_published', audience: 'staff' };
    expect(shows(message, ev('message.published', { audience_id: 'staff' }))).toBe(true);
    expect(shows(message, ev('message.published', { audience_id: 'customers' }))).toBe(false);
    expect(shows({ ...base, kind: 'legal_assessment_recorded' }, ev('assessment.recorded'))).toBe(true);
    expect(shows({ ...base, kind: 'legal_assessment_recorded' }, ev('decision.recorded'))).toBe(false);
  });

  it('takes the first event, and none after the exercise ended', () => {
    const e: Expectation = { ...base, kind: 'decision_recorded' };
    const events = [
      ev('note.added', {}, '2026-12-01T09:01:00.000Z'),
      ev('decision.recorded', {}, '2026-12-01T09:02:00.000Z'),
      ev('decision.recorded', {}, '2026-12-01T09:03:00.000Z'),
    ];
    expect(evidenceFor(e, events, null)?.at).toBe('2026-12-01T09:02:00.000Z');
    expect(evidenceFor(e, events, '2026-12-01T09:01:30.000Z')).toBeNull();
  });
});

describe('outcomes', () => {
  it('is met by the deadline, late after it, missed when it passed undone, pending before', () => {
    expect(outcomeOf(900_000, 900_000, 2_000_000, false)).toBe('met');
    expect(outcomeOf(900_000, 900_001, 2_000_000, false)).toBe('late');
    expect(outcomeOf(900_000, null, 900_001, false)).toBe('missed');
    expect(outcomeOf(900_000, null, 100, false)).toBe('pending');
    expect(outcomeOf(900_000, null, 100, true)).toBe('missed');
  });

  it('places deadlines after injects on when they fired', () => {
    const e: Expectation = {
      ...base,
      kind: 'decision_recorded',
      deadline: { inject: 'journalist', offset: '+00:20' },
    };
    expect(deadlineMs(e, new Map([['journalist', 25 * 60_000]]))).toBe(45 * 60_000);
    expect(deadlineMs({ ...e, deadline: '+01:05' }, new Map())).toBe(65 * 60_000);
  });

  it('rolls up counts and a percentage (late counts half) and margins in minutes', () => {
    expect(scoreOf(['met', 'met', 'late', 'missed'])).toEqual({
      total: 4,
      met: 2,
      late: 1,
      missed: 1,
      pending: 0,
      percent: 63,
    });
    expect(scoreOf([]).percent).toBeNull();
    expect(marginMinutes(900_000, 300_000)).toBe(10);
    expect(marginMinutes(900_000, 1_030_000)).toBe(2);
    expect(marginMinutes(900_000, null)).toBeNull();
  });
});

describe('judging an expectation on exercise time', () => {
  const min = (m: number) => m * 60_000;
  const at = (m: number, type: string, payload: Record<string, unknown> = {}) => ({
    ...ev(type, payload, new Date(Date.UTC(2026, 11, 1, 9, m)).toISOString()),
    ms: min(m),
  });
  const afterJournalist: Expectation = {
    ...base,
    kind: 'decision_recorded',
    deadline: { inject: 'journalist', offset: '+00:10' },
  };
  const injects = new Map([['journalist', min(30)]]);

  it('does not let a decision from before the inject answer it', () => {
    const early = [at(12, 'decision.recorded')];
    expect(judge(afterJournalist, early, injects, min(35), false)).toMatchObject({
      deadline: min(40),
      evidence: null,
      outcome: 'pending',
    });
    const later = [...early, at(38, 'decision.recorded')];
    expect(judge(afterJournalist, later, injects, min(41), false)).toMatchObject({ outcome: 'met' });
    expect(judge(afterJournalist, later, injects, min(41), false).evidence?.ms).toBe(min(38));
  });

  it('lets a one-off (a phase) count from the start, and judges by exercise time, not wall time', () => {
    const contained: Expectation = {
      ...base,
      kind: 'phase_reached',
      phase: 'containment',
      deadline: { inject: 'journalist', offset: '+00:05' },
    };
    const events = [at(20, 'incident.phase_changed', { to: 'containment' })];
    expect(judge(contained, events, injects, min(36), false)).toMatchObject({
      outcome: 'met',
      deadline: min(35),
    });
    // Not yet seen at exercise time 10: still pending; at the end without it: missed.
    expect(judge(contained, [], injects, min(10), false).outcome).toBe('pending');
    expect(judge(contained, [], injects, min(10), true).outcome).toBe('missed');
  });
});
