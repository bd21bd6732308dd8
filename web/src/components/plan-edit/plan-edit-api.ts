// The plan editor's calls: the current plan with its version, and saving a whole new version.
import { api } from '../../api/client';
import type { Plan } from '@core/plan/schema';

export interface CurrentPlan {
  version: number;
  plan: Plan;
}

/** The server may answer a version as a number or as `{ number }`; the editor only needs the number. */
function versionNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'number' in value) return Number(value.number);
  return Number(value);
}

/** Cache key under the other plan pages' `plan` prefix, so a save refreshes them all. */
export const currentPlanKey = ['plan', 'current-for-edit'] as const;

export async function fetchCurrentPlan(): Promise<CurrentPlan> {
  const res = await api.get<{ version: unknown; plan: Plan }>('/plan');
  return { version: versionNumber(res.version), plan: res.plan };
}

/**
 * Saves the plan as a new version. `base_version` makes the server refuse (409) when someone else saved since
 * the draft was loaded; the answer holds the plan as stored, which becomes the editor's new starting point.
 */
export async function savePlan(plan: Plan, description: string, baseVersion: number): Promise<CurrentPlan> {
  const res = await api.put<{ version: unknown; plan: Plan }>('/plan', {
    plan,
    description,
    base_version: baseVersion,
  });
  return { version: versionNumber(res.version), plan: res.plan ?? plan };
}
