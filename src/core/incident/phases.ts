// The incident's phases as a state machine: forward in order (skipping a phase needs a reason), back with a reason
// (re-infection, say), and closing only when every close guard is satisfied.
import { DomainError } from '../errors.js';

export const incidentPhases = ['detection', 'containment', 'recovery', 'evaluation', 'closed'] as const;
export type IncidentPhase = (typeof incidentPhases)[number];

export interface PhaseTransition {
  from: IncidentPhase;
  to: IncidentPhase;
  at: string;
  reason: string | null;
  direction: 'forward' | 'back';
}

const order = (p: IncidentPhase) => incidentPhases.indexOf(p);

/** Why an incident may not be closed yet, as catalogue keys with their parameters; empty when it may. */
export type CloseProblem = { key: string; params?: Record<string, string | number> };
export type CloseGuard<S> = (state: S) => CloseProblem[];

/**
 * Checks a phase change and describes it. Throws a DomainError (`invalid` or `conflict`) when it is not allowed;
 * the caller records the returned transition as a timeline event in the same transaction as the change.
 */
export function transition<S>(
  state: S & { phase: IncidentPhase },
  to: IncidentPhase,
  at: string,
  reason: string | null,
  guards: ReadonlyArray<CloseGuard<S>>,
): PhaseTransition {
  const from = state.phase;
  const why = reason?.trim() || null;
  if (!incidentPhases.includes(to))
    throw new DomainError('invalid', 'error.invalid', {}, [{ field: 'phase', key: 'phase.unknown' }]);
  if (from === to) throw new DomainError('conflict', 'phase.same', { phase: to });
  if (from === 'closed') throw new DomainError('conflict', 'phase.closed');
  const back = order(to) < order(from);
  const skips = !back && order(to) - order(from) > 1;
  if ((back || skips) && !why) {
    throw new DomainError('invalid', 'error.invalid', {}, [
      { field: 'reason', key: back ? 'phase.back_needs_reason' : 'phase.skip_needs_reason' },
    ]);
  }
  if (to === 'closed') {
    const problems = guards.flatMap((g) => g(state));
    if (problems.length > 0) {
      throw new DomainError(
        'conflict',
        'phase.close_blocked',
        { count: problems.length },
        problems.map((p) => ({ field: 'phase', key: p.key, ...(p.params ? { params: p.params } : {}) })),
      );
    }
  }
  return { from, to, at, reason: why, direction: back ? 'back' : 'forward' };
}
