// Incidents: the API's answer types (from the contract), the TanStack Query hooks that read them, and the changes.
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZAddTaskRequest,
  ZChangeTaskRequest,
  ZDecisionRequest,
  ZFactSheetRequest,
  ZRoleHolderRequest,
} from '@core/api/incident-work';
import type { ZIncident, ZIncidentDetail, ZTimelineItem, ZUpdateIncidentRequest } from '@core/api/incidents';
import { api } from './client';
import { planKeys, type PlanCurrent } from './plan';

export const PHASES = ['detection', 'containment', 'recovery', 'evaluation', 'closed'] as const;
export type Phase = (typeof PHASES)[number];
export const TASK_STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const SERVICE_STATES = ['operational', 'degraded', 'down', 'recovering', 'restored'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export type PersonalData = Incident['personal_data'];

// The answers' types come from the schemas the server validates with (types only: no zod in the bundle).
export type Incident = z.infer<typeof ZIncident>;
export type IncidentDetail = z.infer<typeof ZIncidentDetail>;
export type IncidentEvent = z.infer<typeof ZTimelineItem>;
export type IncidentRole = IncidentDetail['roles'][number];
export type IncidentMember = IncidentDetail['members'][number];
export type IncidentTask = IncidentDetail['tasks'][number];
export type TaskPhase = Exclude<Phase, 'closed'>;
export type Decision = IncidentDetail['decisions'][number];
export type FactSheet = NonNullable<IncidentDetail['fact_sheet']>;
export type IncidentService = IncidentDetail['services'][number];

export interface IncidentFilters {
  phase?: Phase;
  severity?: string;
  scenario?: string;
  exercise?: 'true' | 'false';
  open?: 'true' | 'false';
  q?: string;
}

// What the changes send: the request schemas' input types.
export type FactSheetInput = z.input<typeof ZFactSheetRequest>;
export type TaskInput = z.input<typeof ZAddTaskRequest>;
export type TaskChange = z.input<typeof ZChangeTaskRequest>;
export type RoleHolder = z.input<typeof ZRoleHolderRequest>;
export type DecisionInput = z.input<typeof ZDecisionRequest>;
export type IncidentChanges = z.input<typeof ZUpdateIncidentRequest>;

export const TIMELINE_PAGE_SIZE = 50;

export const incidentKeys = {
  lists: ['incidents'] as const,
  list: (f: IncidentFilters) => ['incidents', f] as const,
  /** Everything about one incident, under the id or reference the page was opened with. */
  one: (key: string) => ['incident', key] as const,
  detail: (key: string) => ['incident', key, 'detail'] as const,
  timeline: (key: string, types: string, pinned: boolean) =>
    ['incident', key, 'timeline', types, pinned] as const,
  factSheets: (key: string) => ['incident', key, 'fact-sheets'] as const,
};

const enc = encodeURIComponent;

function query(params: Record<string, string | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) s.set(k, v);
  const text = s.toString();
  return text ? `?${text}` : '';
}

export function useIncidents(filters: IncidentFilters, enabled = true) {
  return useQuery({
    queryKey: incidentKeys.list(filters),
    enabled,
    queryFn: async () => (await api.get<{ items: Incident[] }>(`/incidents${query({ ...filters })}`)).items,
    // The dashboard is left open on a wall screen: ask again now and then.
    refetchInterval: 30_000,
    placeholderData: (previous) => previous,
  });
}

export function useIncident(key: string) {
  return useQuery({
    queryKey: incidentKeys.detail(key),
    queryFn: () => api.get<IncidentDetail>(`/incidents/${enc(key)}`),
  });
}

export function useIncidentTimeline(key: string, types: string[], pinned = false) {
  const typeList = [...types].sort().join(',');
  return useInfiniteQuery({
    queryKey: incidentKeys.timeline(key, typeList, pinned),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      api.get<{ items: IncidentEvent[]; next_before: number | null }>(
        `/incidents/${enc(key)}/timeline${query({
          types: typeList || undefined,
          pinned: pinned ? 'true' : undefined,
          before: pageParam === null ? undefined : String(pageParam),
          limit: String(TIMELINE_PAGE_SIZE),
        })}`,
      ),
    getNextPageParam: (last) => last.next_before,
  });
}

export function useFactSheetVersions(key: string, enabled: boolean) {
  return useQuery({
    queryKey: incidentKeys.factSheets(key),
    enabled,
    queryFn: async () =>
      (await api.get<{ items: FactSheet[] }>(`/incidents/${enc(key)}/fact-sheet/versions`)).items,
  });
}

/** The plan in force, for pickers (scenarios, severities, roles, people); viewers may not read it. */
export function usePlanForPickers(enabled: boolean) {
  return useQuery({
    queryKey: planKeys.current,
    enabled,
    queryFn: () => api.get<PlanCurrent>('/plan'),
  });
}

/** After a change (ours or, through the event stream, someone else's): ask again for all of this incident. */
export function incidentChanged(client: QueryClient, key: string, detailKnown = false): void {
  void client.invalidateQueries({
    queryKey: incidentKeys.one(key),
    // A change answered with the incident need not ask for it again.
    predicate: (q) => !detailKnown || q.queryKey[2] !== 'detail',
  });
  void client.invalidateQueries({ queryKey: incidentKeys.lists });
}

/** The calls that change an incident; each answers with the incident as it now is. */
export function incidentApi(id: string) {
  const base = `/incidents/${enc(id)}`;
  return {
    update: (body: IncidentChanges) => api.patch<IncidentDetail>(base, body),
    phase: (phase: Phase, reason?: string) => api.post<IncidentDetail>(`${base}/phase`, { phase, reason }),
    awareness: (awareness_at: string, reason: string) =>
      api.post<IncidentDetail>(`${base}/awareness`, { awareness_at, reason }),
    assignRole: (roleId: string, holder: RoleHolder) =>
      api.put<IncidentDetail>(`${base}/roles/${enc(roleId)}`, holder),
    addMember: (account_id: string) => api.post<IncidentDetail>(`${base}/members`, { account_id }),
    removeMember: (accountId: string) => api.delete(`${base}/members/${enc(accountId)}`),
    addTask: (task: TaskInput) => api.post<IncidentDetail>(`${base}/tasks`, task),
    changeTask: (taskId: string, change: TaskChange) =>
      api.patch<IncidentDetail>(`${base}/tasks/${enc(taskId)}`, change),
    recordDecision: (d: DecisionInput) => api.post<IncidentDetail>(`${base}/decisions`, d),
    saveFactSheet: (facts: FactSheetInput) => api.put<IncidentDetail>(`${base}/fact-sheet`, facts),
    setServiceState: (serviceId: string, state: ServiceState) =>
      api.put<IncidentDetail>(`${base}/services/${enc(serviceId)}`, { state }),
    setEta: (eta_at: string | null, confidence: Confidence) =>
      api.put<IncidentDetail>(`${base}/eta`, { eta_at, confidence }),
    addNote: (text: string, pinned: boolean) => api.post<IncidentDetail>(`${base}/notes`, { text, pinned }),
    pin: (eventId: string, pinned: boolean) => api.post(`${base}/timeline/${enc(eventId)}/pin`, { pinned }),
  };
}

/**
 * A change to the incident opened as `key` (its id or reference): the answer replaces what the page shows at
 * once, then the rest of the incident (timeline, versions) and the list are asked for again.
 */
export function useIncidentChange<V>(
  key: string,
  id: string,
  call: (calls: ReturnType<typeof incidentApi>, vars: V) => Promise<IncidentDetail | void>,
  onDone?: (detail: IncidentDetail | void) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => call(incidentApi(id), vars),
    onSuccess: (detail) => {
      if (detail) client.setQueryData(incidentKeys.detail(key), detail);
      incidentChanged(client, key, !!detail);
      onDone?.(detail);
    },
  });
}
