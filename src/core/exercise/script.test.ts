// The script model's helpers: offsets, when injects are planned (following `after` chains), deadlines, task matching.
import { describe, expect, it } from 'vitest';
import {
  deadlineMinutes,
  evidenceFromMinutes,
  matchingTasks,
  offsetMinutes,
  plannedInjectMinutes,
  type Inject,
} from './script.js';

const inject = (id: string, timing: Pick<Inject, 'at' | 'after'>): Inject => ({
  id,
  ...timing,
  title: id,
  body: id,
  to: ['incident_commander'],
  how: ['app'],
});

describe('exercise script helpers', () => {
  it('reads +HH:MM offsets and refuses anything else', () => {
    expect(offsetMinutes('+00:00')).toBe(0);
    expect(offsetMinutes('+01:30')).toBe(90);
    expect(offsetMinutes('+72:00')).toBe(4320);
    for (const bad of ['00:15', '+0:15', '+00:60', '+00:5', '15', ''])
      expect(offsetMinutes(bad), bad).toBeNaN();
  });

  it('plans injects from the start and after other injects, in any order of the list', () => {
    const injects = [
      inject('c', { after: { inject: 'b', offset: '+00:10' } }),
      inject('a', { at: '+00:05' }),
      inject('b', { after: { inject: 'a', offset: '+00:07' } }),
    ];
    expect(Object.fromEntries(plannedInjectMinutes({ injects }))).toEqual({ a: 5, b: 12, c: 22 });
    // An inject fired early (a at minute 2) moves the ones that follow it.
    expect(Object.fromEntries(plannedInjectMinutes({ injects }, new Map([['a', 2]])))).toEqual({
      a: 2,
      b: 9,
      c: 19,
    });
  });

  it('gives NaN for an inject in a cycle or after an unknown one, instead of looping', () => {
    const injects = [
      inject('x', { after: { inject: 'y', offset: '+00:01' } }),
      inject('y', { after: { inject: 'x', offset: '+00:01' } }),
      inject('z', { after: { inject: 'nowhere', offset: '+00:01' } }),
    ];
    const planned = plannedInjectMinutes({ injects });
    expect(planned.get('x')).toBeNaN();
    expect(planned.get('y')).toBeNaN();
    expect(planned.get('z')).toBeNaN();
  });

  it('puts a deadline relative to the start or to an inject', () => {
    const minutes = new Map([['note', 7]]);
    expect(deadlineMinutes('+00:15', minutes)).toBe(15);
    expect(deadlineMinutes({ inject: 'note', offset: '+00:20' }, minutes)).toBe(27);
    expect(deadlineMinutes({ inject: 'other', offset: '+00:20' }, minutes)).toBeNaN();
  });

  it('counts repeatable actions only after the inject a deadline follows; states reached earlier count', () => {
    const minutes = new Map([['journalist', 30]]);
    const after = { inject: 'journalist', offset: '+00:20' };
    expect(evidenceFromMinutes({ kind: 'message_published', deadline: after }, minutes)).toBe(30);
    expect(evidenceFromMinutes({ kind: 'decision_recorded', deadline: after }, minutes)).toBe(30);
    expect(evidenceFromMinutes({ kind: 'role_assigned', deadline: after }, minutes)).toBe(30);
    expect(evidenceFromMinutes({ kind: 'legal_assessment_recorded', deadline: after }, minutes)).toBe(30);
    expect(evidenceFromMinutes({ kind: 'task_done', deadline: after }, minutes)).toBe(0);
    expect(evidenceFromMinutes({ kind: 'phase_reached', deadline: after }, minutes)).toBe(0);
    expect(evidenceFromMinutes({ kind: 'message_published', deadline: '+00:45' }, minutes)).toBe(0);
    expect(
      evidenceFromMinutes({ kind: 'message_published', deadline: { ...after, inject: 'x' } }, minutes),
    ).toBeNaN();
  });

  it('matches a task by id, else by its whole title, else by the start of its title', () => {
    const tasks = [
      { id: 't1', title: 'Protect the backups - disconnect them' },
      { id: 't2', title: 'Protect the backups' },
      { id: 't3', title: 'Report the crime to the police' },
    ];
    expect(matchingTasks('t3', tasks).map((t) => t.id)).toEqual(['t3']);
    expect(matchingTasks(' protect the BACKUPS ', tasks).map((t) => t.id)).toEqual(['t2']);
    expect(matchingTasks('Protect', tasks).map((t) => t.id)).toEqual(['t1', 't2']);
    expect(matchingTasks('Restore', tasks)).toEqual([]);
  });
});
