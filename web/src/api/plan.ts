// The response plan's API: types of its answers, the TanStack Query hooks that read it, and the calls that change it.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZContactAckInfo,
  ZContactCheck,
  ZEmergencySheet,
  ZPlanDiff,
  ZPlanDocument,
  ZPlanSaved,
  ZPlanVersion,
  ZPlanVersionList,
} from '@core/api/plan';
import type { Plan } from '@core/plan/schema';
import { api, ApiError } from './client';

export type { Plan };

// The answers' types come from the schemas the server validates with (types only: no zod in the bundle); the
// `plan` inside them is the plan's own type rather than the API schema's loose record.
type WithPlan<T> = Omit<T, 'plan'> & { plan: Plan };
export type PlanCurrent = WithPlan<z.infer<typeof ZPlanDocument>>;
export type PlanSaved = WithPlan<z.infer<typeof ZPlanSaved>>;
export type PlanVersionSummary = z.infer<typeof ZPlanVersionList>['items'][number];
export type PlanVersion = WithPlan<z.infer<typeof ZPlanVersion>>;
export type PlanDiff = z.infer<typeof ZPlanDiff>;
export type PlanChange = PlanDiff['changes'][number];
export type EmergencySheet = z.infer<typeof ZEmergencySheet>;
export type SheetPerson = NonNullable<EmergencySheet['roles'][number]['primary']>;
export type ContactCheck = z.infer<typeof ZContactCheck>;
export type ContactCheckEntry = ContactCheck['entries'][number];
export type ContactAckInfo = z.infer<typeof ZContactAckInfo>;

/** Where the browser downloads files from (plain links: the session cookie goes along). */
export const PLAN_YAML_URL = '/api/v1/plan/export.yaml';
export const EMERGENCY_SHEET_PDF_URL = '/api/v1/plan/emergency-sheet.pdf';

export const planKeys = {
  all: ['plan'] as const,
  current: ['plan', 'current'] as const,
  versions: ['plan', 'versions'] as const,
  version: (n: number) => ['plan', 'versions', n] as const,
  diff: (from: number, to: number) => ['plan', 'diff', from, to] as const,
  sheet: ['plan', 'emergency-sheet'] as const,
  contactCheck: ['contact-check', 'latest'] as const,
  contactAck: (token: string) => ['contact-ack', token] as const,
};

export function usePlan() {
  return useQuery({ queryKey: planKeys.current, queryFn: () => api.get<PlanCurrent>('/plan') });
}

export function usePlanVersions() {
  return useQuery({
    queryKey: planKeys.versions,
    queryFn: async () => (await api.get<{ items: PlanVersionSummary[] }>('/plan/versions')).items,
  });
}

export function usePlanVersion(n: number) {
  return useQuery({
    queryKey: planKeys.version(n),
    enabled: Number.isInteger(n) && n > 0,
    staleTime: Infinity, // a version never changes
    queryFn: () => api.get<PlanVersion>(`/plan/versions/${n}`),
  });
}

export function usePlanDiff(from: number, to: number) {
  return useQuery({
    queryKey: planKeys.diff(from, to),
    enabled: Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0,
    staleTime: Infinity,
    queryFn: () => api.get<PlanDiff>(`/plan/diff?from=${from}&to=${to}`),
  });
}

export function useEmergencySheet() {
  return useQuery({
    queryKey: planKeys.sheet,
    queryFn: () => api.get<EmergencySheet>('/plan/emergency-sheet'),
  });
}

/** The latest contact check, or null when none was ever started; asked again every 10 s while answers are due. */
export function useLatestContactCheck() {
  return useQuery({
    queryKey: planKeys.contactCheck,
    queryFn: async () => {
      try {
        return await api.get<ContactCheck>('/contact-checks/latest');
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    refetchInterval: (q) => {
      const check = q.state.data;
      return check && check.acknowledged < check.total ? 10_000 : false;
    },
  });
}

export function useContactAck(token: string) {
  return useQuery({
    queryKey: planKeys.contactAck(token),
    staleTime: Infinity,
    queryFn: () => api.get<ContactAckInfo>(`/contact-checks/ack/${encodeURIComponent(token)}`),
  });
}

export const planApi = {
  /** `baseVersion`: the version the text was edited from; the server refuses (409) when a newer one is in force. */
  saveYaml: (yaml: string, description: string, baseVersion?: number) =>
    api.put<PlanSaved>('/plan', { yaml, description, base_version: baseVersion }),
  savePlan: (plan: Plan, description: string, baseVersion?: number) =>
    api.put<PlanSaved>('/plan', { plan, description, base_version: baseVersion }),
  restore: (n: number) => api.post<PlanSaved>(`/plan/versions/${n}/restore`),
  markReviewed: () => api.post<PlanSaved>('/plan/reviewed'),
  startContactCheck: () => api.post<ContactCheck>('/contact-checks'),
  acknowledge: (token: string) => api.post<{ acknowledged_at: string }>('/contact-checks/ack', { token }),
};

/** After a change: the new plan is known at once, and everything derived from the plan is asked for again. */
export function planChanged(client: QueryClient, saved: PlanSaved): void {
  const { changed: _changed, ...current } = saved;
  client.setQueryData(planKeys.current, current);
  void client.invalidateQueries({ queryKey: planKeys.all });
}

export function usePlanChanged(): (saved: PlanSaved) => void {
  const client = useQueryClient();
  return (saved) => planChanged(client, saved);
}
