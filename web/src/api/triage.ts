// Intake and triage API: reports, declaring from them, merging, dismissing, the public report form and intake tokens.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZIncident, ZIncidentDetail, ZDeclareRequest } from '@core/api/incidents';
import type { ZIntakeToken, ZReport, ZReportFormInfo, ZReportFormRequest } from '@core/api/intake';
import { api, ApiError } from './client';

// The answers' types come from the schemas the server validates with (types only: no zod in the bundle).
export type Report = z.infer<typeof ZReport>;
export type ReportSource = Report['source'];
export type ReportStatus = Report['status'];
export type IntakeToken = z.infer<typeof ZIntakeToken>;
export type IntakeSource = IntakeToken['source'];
export type ReportFormInput = z.input<typeof ZReportFormRequest>;
export type DeclareInput = z.input<typeof ZDeclareRequest>;
export type PersonalData = NonNullable<DeclareInput['personal_data']>;
/** The few fields of an open incident that triage shows when merging. */
export type OpenIncident = z.infer<typeof ZIncident>;
/** What the declaration answers: the dialog says from it what the plan set in motion. */
export type DeclaredIncident = Pick<z.infer<typeof ZIncidentDetail>, 'id' | 'reference' | 'roles' | 'tasks'>;
export type ReportFormInfo = z.infer<typeof ZReportFormInfo> & {
  /** Not in the API yet: a number employees may call when it is urgent. */
  urgent_phone?: string | null;
};

/** Mirrors of core's lists (importing them would pull zod into the bundle); triage.test.ts keeps them equal. */
export const REPORT_STATUSES: readonly ReportStatus[] = ['new', 'declared', 'merged', 'dismissed'];
export const INTAKE_SOURCES: readonly IntakeSource[] = ['alertmanager', 'grafana', 'generic'];

export const triageKeys = {
  reports: ['reports'] as const,
  list: (status: ReportStatus | 'all') => ['reports', 'list', status] as const,
  newCount: ['reports', 'new-count'] as const,
  openIncidents: ['incidents', 'open', 'for-merge'] as const,
  reportForm: (key: string) => ['report-form', key] as const,
  reportLink: ['intake', 'report-link'] as const,
  tokens: ['intake', 'tokens'] as const,
};

const fetchReports = async (status: ReportStatus | 'all') => {
  const query = status === 'all' ? '' : `?status=${status}`;
  return (await api.get<{ items: Report[] }>(`/reports${query}`)).items;
};

/** The queue, asked again every 15 s: a new alert must show without anyone reloading. */
export function useReports(status: ReportStatus | 'all') {
  return useQuery({
    queryKey: triageKeys.list(status),
    queryFn: () => fetchReports(status),
    refetchInterval: 15_000,
  });
}

/** How many reports wait in triage, for the navigation's badge; null while unknown. */
export function useNewReportCount(enabled: boolean) {
  const q = useQuery({
    queryKey: triageKeys.newCount,
    enabled,
    queryFn: async () => (await fetchReports('new')).length,
    refetchInterval: 60_000,
    // A badge is not worth an error message: the triage page says what is wrong.
    retry: false,
  });
  return q.data ?? null;
}

export function useOpenIncidents(enabled: boolean) {
  return useQuery({
    queryKey: triageKeys.openIncidents,
    enabled,
    queryFn: async () => (await api.get<{ items: OpenIncident[] }>('/incidents?open=true')).items,
  });
}

export function useReportForm(key: string) {
  return useQuery({
    queryKey: triageKeys.reportForm(key),
    staleTime: Infinity,
    queryFn: () => api.get<ReportFormInfo>(`/intake/report-form/${encodeURIComponent(key)}`),
  });
}

export function useReportLink() {
  return useQuery({
    queryKey: triageKeys.reportLink,
    queryFn: () => api.get<{ url: string }>('/intake/report-link'),
  });
}

export function useIntakeTokens() {
  return useQuery({
    queryKey: triageKeys.tokens,
    queryFn: async () => (await api.get<{ items: IntakeToken[] }>('/intake/tokens')).items,
  });
}

export const triageApi = {
  declare: (input: DeclareInput) => api.post<DeclaredIncident>('/incidents', input),
  dismiss: (id: string, reason: string) =>
    api.post<Report>(`/reports/${encodeURIComponent(id)}/dismiss`, { reason }),
  merge: (id: string, incidentId: string) =>
    api.post<Report>(`/reports/${encodeURIComponent(id)}/merge`, { incident_id: incidentId }),
  sendReport: (key: string, input: ReportFormInput) =>
    api.post<{ id: string; received_at: string }>(`/intake/report-form/${encodeURIComponent(key)}`, input),
  createToken: (source: IntakeSource, name: string) =>
    api.post<{ token: string; intake_token: IntakeToken }>('/intake/tokens', { source, name }),
  revokeToken: (id: string) => api.delete(`/intake/tokens/${encodeURIComponent(id)}`),
};

/** Runs one call per report, one after the other, and stops at the first refusal (the rest stay in the queue). */
export async function forEachReport(ids: readonly string[], call: (id: string) => Promise<unknown>) {
  for (const id of ids) await call(id);
}

export const isNotFound = (e: unknown) => e instanceof ApiError && e.status === 404;
