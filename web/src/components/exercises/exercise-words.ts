// Words and colours shared by the exercise screens: an expectation's outcome, the plan's role and scenario names.
import { usePlanForPickers } from '../../api/incidents';
import type { ExpectationOutcome, ExerciseStatus } from '../../api/exercises';
import { useAccount } from '../../lib/session';

export const OUTCOME_COLOR: Record<ExpectationOutcome, string> = {
  pending: 'gray',
  met: 'green',
  late: 'orange',
  missed: 'red',
};

export const STATUS_COLOR: Record<ExerciseStatus, string> = {
  running: 'blue',
  paused: 'yellow',
  ended: 'gray',
};

/** Names for the plan's role and scenario ids; viewers may not read the plan, so they see the ids. */
export function usePlanNames(): { role: (id: string) => string; scenario: (id: string) => string } {
  const readsPlan = useAccount().access_level !== 'viewer';
  const plan = usePlanForPickers(readsPlan).data?.plan;
  const roles = new Map((plan?.roles ?? []).map((r) => [r.id, r.name]));
  const scenarios = new Map((plan?.scenarios ?? []).map((s) => [s.id, s.name]));
  return {
    role: (id) => roles.get(id) ?? id,
    scenario: (id) => scenarios.get(id) ?? id,
  };
}
