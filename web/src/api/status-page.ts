// The public status page's administration: settings, groups and components, a component's status, scheduled
// maintenance and subscribers (types from the contract in src/core/api/status-page.ts), their queries and changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZCreateComponentRequest,
  ZCreateGroupRequest,
  ZCreateMaintenanceRequest,
  ZCreateSubscriberRequest,
  ZImportSubscribersResult,
  ZMaintenanceList,
  ZSubscriberList,
  ZUpdateComponentRequest,
  ZUpdateGroupRequest,
  ZUpdateStatusSettingsRequest,
  ComponentGroup,
  ComponentsOverview,
  Maintenance,
  MessageStatusPage,
  StatusComponent,
  StatusSettings,
  Subscriber,
} from '@core/api/status-page';
import type { ComponentStatus, Impact, IncidentStatus } from '@core/status-page/values';
import { api } from './client';

export type {
  ComponentGroup,
  ComponentsOverview,
  ComponentStatus,
  Impact,
  IncidentStatus,
  Maintenance,
  MessageStatusPage,
  StatusComponent,
  StatusSettings,
  Subscriber,
};
export type SettingsInput = z.input<typeof ZUpdateStatusSettingsRequest>;
export type GroupInput = z.input<typeof ZCreateGroupRequest>;
export type GroupPatch = z.input<typeof ZUpdateGroupRequest>;
export type ComponentInput = z.input<typeof ZCreateComponentRequest>;
export type ComponentPatch = z.input<typeof ZUpdateComponentRequest>;
export type MaintenanceInput = z.input<typeof ZCreateMaintenanceRequest>;
export type SubscriberInput = z.input<typeof ZCreateSubscriberRequest>;
export type SubscriberList = z.infer<typeof ZSubscriberList>;
export type ImportResult = z.infer<typeof ZImportSubscribersResult>;
export type SubscriberFilter = {
  q?: string;
  kind?: Subscriber['kind'] | '';
  state?: Subscriber['state'] | '';
};

export const statusKeys = {
  all: ['status-page'] as const,
  settings: ['status-page', 'settings'] as const,
  components: ['status-page', 'components'] as const,
  maintenances: ['status-page', 'maintenances'] as const,
  subscribers: (f: SubscriberFilter) =>
    ['status-page', 'subscribers', f.q ?? '', f.kind ?? '', f.state ?? ''] as const,
};

const enc = encodeURIComponent;
const base = '/status-page';

/** Where the public page lives, relative to the app (same server). */
export const PUBLIC_STATUS_PATH = '/status';
/** Where the browser downloads the subscribers as CSV (the session cookie goes along: same origin). */
export const SUBSCRIBERS_CSV = `/api/v1${base}/subscribers.csv`;

export function useStatusSettings(enabled = true) {
  return useQuery({
    queryKey: statusKeys.settings,
    enabled,
    queryFn: () => api.get<StatusSettings>(`${base}/settings`),
  });
}

export function useStatusComponents(enabled = true) {
  return useQuery({
    queryKey: statusKeys.components,
    enabled,
    queryFn: () => api.get<ComponentsOverview>(`${base}/components`),
  });
}

export function useMaintenances() {
  return useQuery({
    queryKey: statusKeys.maintenances,
    queryFn: async () => (await api.get<z.infer<typeof ZMaintenanceList>>(`${base}/maintenances`)).items,
    // "Upcoming" becomes "in progress" by the clock: ask again now and then while the page is open.
    refetchInterval: 60_000,
  });
}

export function useSubscribers(filter: SubscriberFilter) {
  return useQuery({
    queryKey: statusKeys.subscribers(filter),
    queryFn: () => {
      const params = new URLSearchParams();
      if (filter.q) params.set('q', filter.q);
      if (filter.kind) params.set('kind', filter.kind);
      if (filter.state) params.set('state', filter.state);
      const query = params.toString();
      return api.get<SubscriberList>(`${base}/subscribers${query ? `?${query}` : ''}`);
    },
    placeholderData: (previous) => previous,
  });
}

/** Every change the status page's screens make; each answers with the thing as it now is. */
export const statusApi = {
  saveSettings: (body: SettingsInput) => api.put<StatusSettings>(`${base}/settings`, body),
  createGroup: (body: GroupInput) => api.post<ComponentGroup>(`${base}/groups`, body),
  updateGroup: (id: string, body: GroupPatch) => api.patch<ComponentGroup>(`${base}/groups/${enc(id)}`, body),
  deleteGroup: (id: string) => api.delete(`${base}/groups/${enc(id)}`),
  createComponent: (body: ComponentInput) => api.post<StatusComponent>(`${base}/components`, body),
  updateComponent: (id: string, body: ComponentPatch) =>
    api.patch<StatusComponent>(`${base}/components/${enc(id)}`, body),
  deleteComponent: (id: string) => api.delete(`${base}/components/${enc(id)}`),
  setStatus: (id: string, status: ComponentStatus, reason: string) =>
    api.post<StatusComponent>(`${base}/components/${enc(id)}/status`, {
      status,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    }),
  createMaintenance: (body: MaintenanceInput) => api.post<Maintenance>(`${base}/maintenances`, body),
  updateMaintenance: (id: string, body: Partial<MaintenanceInput>) =>
    api.patch<Maintenance>(`${base}/maintenances/${enc(id)}`, body),
  cancelMaintenance: (id: string, reason: string) =>
    api.post<Maintenance>(
      `${base}/maintenances/${enc(id)}/cancel`,
      reason.trim() ? { reason: reason.trim() } : {},
    ),
  createSubscriber: (body: SubscriberInput) => api.post<Subscriber>(`${base}/subscribers`, body),
  deleteSubscriber: (id: string) => api.delete(`${base}/subscribers/${enc(id)}`),
  importSubscribers: (csv: string, confirmByMail: boolean) =>
    api.post<ImportResult>(`${base}/subscribers/import`, {
      csv,
      ...(confirmByMail ? { confirm_by_mail: true } : {}),
    }),
};

/** A change on the status page's screens; afterwards every status-page query is asked again. */
export function useStatusChange<V, R = unknown>(call: (vars: V) => Promise<R>, onDone?: (answer: R) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (answer) => {
      void client.invalidateQueries({ queryKey: statusKeys.all });
      onDone?.(answer);
    },
  });
}
