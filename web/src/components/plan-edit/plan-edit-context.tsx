// The editor's shared state, in two parts: the plan (changes at every key) and its problems with the focus
// requests (change only after a check), so that inputs re-render for their problems, not for every key.
import { createContext, useContext, type ReactNode } from 'react';
import type { Plan } from '@core/plan/schema';
import { fieldId, type Path } from './field-id';

export interface Problem {
  path: Path;
  message: string;
}

/** A request to show a field; the nonce makes a second click on the same link a new request. */
export interface Target {
  path: Path;
  nonce: number;
}

export type Update = (recipe: (plan: Plan) => Plan) => void;

export interface PlanState {
  plan: Plan;
  /** The plan as saved: ids that exist here are in use elsewhere and are not renamed automatically. */
  base: Plan;
  /** Stable: safe to pass to memoised parts. */
  update: Update;
}

export interface ProblemState {
  problems: readonly Problem[];
  /** The field the admin asked to see (from the error summary); containers open to show it. */
  target: Target | null;
  goTo: (path: Path) => void;
}

const PlanContext = createContext<PlanState | null>(null);
const ProblemContext = createContext<ProblemState | null>(null);

interface ProviderProps {
  plan: PlanState;
  problems: ProblemState;
  children: ReactNode;
}

export function PlanEditProvider({ plan, problems, children }: ProviderProps) {
  return (
    <PlanContext.Provider value={plan}>
      <ProblemContext.Provider value={problems}>{children}</ProblemContext.Provider>
    </PlanContext.Provider>
  );
}

export function usePlanEdit(): PlanState {
  const state = useContext(PlanContext);
  if (!state) throw new Error('usePlanEdit() outside the plan editor');
  return state;
}

export function useProblems(): ProblemState {
  const state = useContext(ProblemContext);
  if (!state) throw new Error('useProblems() outside the plan editor');
  return state;
}

/** The messages for `path`, and with `deep` also for everything inside it (a list's items). */
export function messagesAt(problems: readonly Problem[], path: Path, deep = false): string[] {
  return problems
    .filter((p) => p.path === path || (deep && p.path.startsWith(`${path}.`)))
    .map((p) => p.message);
}

function asError(messages: string[]): ReactNode {
  if (messages.length <= 1) return messages[0];
  return messages.map((m, i) => (
    <span key={i} style={{ display: 'block' }}>
      {m}
    </span>
  ));
}

/** Props for the input that edits `path`: its id (for the summary's links) and its error, tied by Mantine's aria. */
export function useField(path: Path, deep = false): { id: string; error: ReactNode } {
  const { problems } = useProblems();
  return { id: fieldId(path), error: asError(messagesAt(problems, path, deep)) };
}

/** Counts problems under a path (a card, a phase, a template), for badges on closed parts. */
export function useProblemCount(path: Path): number {
  const { problems } = useProblems();
  return messagesAt(problems, path, true).length;
}
