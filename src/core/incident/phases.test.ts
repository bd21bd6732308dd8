// Property-based: no sequence of phase and task actions reaches an invalid state or loses a timeline event.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../errors.js';
import { incidentPhases, transition, type IncidentPhase } from './phases.js';
import { changeTaskStatus, isOpenTask, noOpenTasks, taskStatuses, type TaskState } from './tasks.js';
import { incidentReference, parseReference } from './reference.js';

interface Model {
  phase: IncidentPhase;
  tasks: TaskState[];
  events: Array<{ type: string; payload: unknown }>;
}

type Action =
  | { kind: 'phase'; to: IncidentPhase; reason: string | null }
  | { kind: 'task'; index: number; to: TaskState['status']; reason: string | null };

const reason = fc.option(fc.constantFrom('re-infection', ' ', 'not needed'), { nil: null });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('phase' as const), to: fc.constantFrom(...incidentPhases), reason }),
  fc.record({
    kind: fc.constant('task' as const),
    index: fc.nat(4),
    to: fc.constantFrom(...taskStatuses),
    reason,
  }),
);

/** Applies an action the way a use case does: check, then change state and append the event together. */
function apply(m: Model, a: Action): void {
  const at = new Date(0).toISOString();
  if (a.kind === 'phase') {
    const t = transition(m, a.to, at, a.reason, [noOpenTasks]);
    m.phase = t.to;
    m.events.push({ type: 'incident.phase_changed', payload: t });
    return;
  }
  const task = m.tasks[a.index];
  if (!task) return;
  if (m.phase === 'closed') throw new DomainError('conflict', 'phase.closed');
  const c = changeTaskStatus(task, a.to, a.reason);
  task.status = c.to;
  task.skipReason = c.skipReason;
  m.events.push({ type: 'task.status_changed', payload: c });
}

describe('incident phases and tasks', () => {
  it('no sequence of actions reaches an invalid state, and every accepted change has exactly one event', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        const m: Model = {
          phase: 'detection',
          tasks: Array.from({ length: 5 }, () => ({ status: 'todo' as const, skipReason: null })),
          events: [],
        };
        for (const a of actions) {
          const before = JSON.stringify(m);
          try {
            apply(m, a);
            expect(m.events.length).toBe(
              JSON.parse(before).events.length + (a.kind === 'task' && !m.tasks[a.index] ? 0 : 1),
            );
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect(JSON.stringify(m)).toBe(before); // a refused action changes nothing
          }
          expect(incidentPhases).toContain(m.phase);
          for (const t of m.tasks)
            expect(t.status === 'skipped' ? !!t.skipReason?.trim() : t.skipReason === null).toBe(true);
          if (m.phase === 'closed') expect(m.tasks.some(isOpenTask)).toBe(false);
        }
        for (const e of m.events) {
          if (e.type !== 'incident.phase_changed') continue;
          const t = e.payload as {
            direction: string;
            reason: string | null;
            from: IncidentPhase;
            to: IncidentPhase;
          };
          const skipped = incidentPhases.indexOf(t.to) - incidentPhases.indexOf(t.from) > 1;
          if (t.direction === 'back' || skipped) expect(t.reason).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('goes back only with a reason, and closes only without open tasks', () => {
    const state = {
      phase: 'recovery' as IncidentPhase,
      tasks: [{ status: 'todo' as const, skipReason: null }],
    };
    expect(() => transition(state, 'containment', 'now', null, [noOpenTasks])).toThrow(DomainError);
    expect(transition(state, 'containment', 'now', 'files encrypted again', [noOpenTasks])).toMatchObject({
      direction: 'back',
      reason: 'files encrypted again',
    });
    const blocked = (() => {
      try {
        transition({ ...state, phase: 'evaluation' }, 'closed', 'now', null, [noOpenTasks]);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(blocked?.code).toBe('conflict');
    expect(blocked?.fields[0]).toMatchObject({ key: 'phase.guard_open_tasks', params: { count: 1 } });
    expect(
      transition(
        { phase: 'evaluation' as IncidentPhase, tasks: [{ status: 'skipped' as const, skipReason: 'n/a' }] },
        'closed',
        'now',
        null,
        [noOpenTasks],
      ).to,
    ).toBe('closed');
  });

  it('numbers references per year', () => {
    expect(incidentReference(2026, 7)).toBe('INC-2026-0007');
    expect(parseReference('INC-2026-0007')).toEqual({ year: 2026, sequence: 7 });
    expect(parseReference('INC-26-7')).toBeNull();
  });
});
