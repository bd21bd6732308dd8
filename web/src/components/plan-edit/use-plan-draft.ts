// The plan being edited and the saved plan it started from; kept outside React too, so that leaving the editor
// within the same browser tab (the back button, a link) and coming back loses nothing.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Plan } from '@core/plan/schema';
import type { CurrentPlan } from './plan-edit-api';

export interface Draft {
  /** The account editing: another login in the same tab does not pick up someone else's draft. */
  owner: string;
  baseVersion: number;
  base: Plan;
  plan: Plan;
}

let kept: Draft | null = null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function usePlanDraft(owner: string, loaded: CurrentPlan | undefined) {
  const [resumed] = useState(() => kept?.owner === owner);
  const [draft, setDraft] = useState<Draft | null>(() => (kept?.owner === owner ? kept : null));
  if (draft === null && loaded) {
    setDraft({ owner, baseVersion: loaded.version, base: loaded.plan, plan: loaded.plan });
  }

  const dirty = useMemo(() => (draft ? !same(draft.plan, draft.base) : false), [draft]);

  useEffect(() => {
    kept = dirty ? draft : null;
  }, [draft, dirty]);

  const update = useCallback((recipe: (plan: Plan) => Plan) => {
    setDraft((d) => (d ? { ...d, plan: recipe(d.plan) } : d));
  }, []);

  /** Start again from a plan as the server has it (after a conflict, or to throw the changes away). */
  const load = useCallback(
    (current: CurrentPlan) =>
      setDraft({ owner, baseVersion: current.version, base: current.plan, plan: current.plan }),
    [owner],
  );

  /** The draft was saved as `version`: it is the new base. */
  const saved = useCallback((version: number, plan: Plan) => {
    setDraft((d) => (d ? { ...d, baseVersion: version, base: plan, plan } : d));
  }, []);

  const discard = useCallback(() => setDraft((d) => (d ? { ...d, plan: d.base } : d)), []);

  return { draft, dirty, resumed, update, load, saved, discard };
}
