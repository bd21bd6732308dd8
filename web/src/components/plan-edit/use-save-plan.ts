// Saving the draft as a new version: check first that nobody saved in between, then PUT the whole plan.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Plan } from '@core/plan/schema';
import { ApiError } from '../../api/client';
import type { Problem } from './plan-edit-context';
import { fetchCurrentPlan, savePlan, type CurrentPlan } from './plan-edit-api';

/** The plan changed on the server since the draft was loaded. */
export class PlanConflict extends Error {
  constructor(readonly latest: CurrentPlan) {
    super('plan_conflict');
  }
}

/** Fields of the request itself; every other field the server names is a path in the plan. */
const requestFields = ['description', 'base_version', 'yaml'];

interface Handlers {
  onSaved: (saved: CurrentPlan) => void;
  onConflict: (latest: CurrentPlan) => void;
  /** The server refused the plan (400): its problems, at their dotted paths. */
  onRefused: (plan: Plan, problems: Problem[]) => void;
}

export function useSavePlan(baseVersion: number | undefined, handlers: Handlers) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ plan, description }: { plan: Plan; description: string }) => {
      if (baseVersion === undefined) throw new Error('no plan loaded');
      const latest = await fetchCurrentPlan();
      if (latest.version !== baseVersion) throw new PlanConflict(latest);
      try {
        return await savePlan(plan, description, baseVersion);
      } catch (e) {
        // A save that raced another one and lost (should the server check versions itself).
        if (e instanceof ApiError && e.status === 409) throw new PlanConflict(await fetchCurrentPlan());
        throw e;
      }
    },
    onSuccess: (saved) => {
      handlers.onSaved(saved);
      // The plan pages (overview, versions, YAML) show the new version next time.
      void queryClient.invalidateQueries({ queryKey: ['plan'] });
    },
    onError: (error, { plan }) => {
      if (error instanceof PlanConflict) handlers.onConflict(error.latest);
      if (!(error instanceof ApiError) || error.status !== 400) return;
      const problems = error.fieldErrors
        .map((f) => ({ path: f.path ?? f.field, message: f.message }))
        .filter((p) => !requestFields.includes(p.path));
      // Problems with the description stay in the save dialog, which shows the error.
      if (problems.length > 0) handlers.onRefused(plan, problems);
    },
  });
}
