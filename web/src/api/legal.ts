// Legal clocks: the API's answer types (from the contract), the queries for an incident's assessment and duties,
// their drafts, the dashboard across incidents and the breach register, and the changes.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZAssessment,
  ZAssessmentRequest,
  ZBreachRegister,
  ZDraftField,
  ZLegal,
  ZObligation,
  ZObligationDashboard,
  ZObligationDraft,
} from '@core/api/legal';
import type { ObligationKind } from '@core/legal/obligations';
import { api } from './client';
import { incidentKeys } from './incidents';

// Mirrors of core's lists (importing them would pull zod into the bundle, and unit tests cannot resolve the alias
// at run time); legal.test.ts keeps them equal.
export const OBLIGATION_KINDS = [
  'gdpr_register',
  'gdpr_authority',
  'gdpr_follow_up',
  'gdpr_data_subjects',
  'nis2_early_warning',
  'nis2_notification',
  'nis2_final',
  'dora_initial',
  'dora_intermediate',
  'dora_final',
] as const satisfies readonly ObligationKind[];
export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export const DATA_CATEGORIES = ['ordinary', 'special', 'national_id', 'financial', 'children'] as const;
export const ENCRYPTIONS = ['yes', 'no', 'partly', 'unknown'] as const;
export const RISKS = ['none', 'risk', 'high', 'unknown'] as const;
export const NIS2_CRITERIA = ['severe_disruption', 'financial_loss', 'damage_to_others'] as const;
export const DORA_CRITERIA = [
  'critical_services',
  'malicious_access',
  'clients',
  'reputation',
  'duration',
  'geography',
  'data_losses',
  'economic',
] as const;

export type Assessment = z.infer<typeof ZAssessment>;
/** The assessment as sent: with the reason when the DORA classification time moves. */
export type AssessmentInput = z.input<typeof ZAssessmentRequest>;
export type Legal = z.infer<typeof ZLegal>;
export type Regulatory = Legal['regulatory'];
export type Obligation = z.infer<typeof ZObligation>;
export type ObligationDraft = z.infer<typeof ZObligationDraft>;
export type DraftField = z.infer<typeof ZDraftField>;
export type DashboardItem = z.infer<typeof ZObligationDashboard>['items'][number];
export type BreachRegisterItem = z.infer<typeof ZBreachRegister>['items'][number];
export type Answer = (typeof ANSWERS)[number];
export type { ObligationKind };

export const legalKeys = {
  legal: (key: string) => [...incidentKeys.one(key), 'legal'] as const,
  draft: (key: string, obligationId: string) =>
    [...incidentKeys.one(key), 'obligation', obligationId, 'draft'] as const,
  /** Everything across incidents: the dashboard and the register. */
  across: ['legal'] as const,
  dashboard: ['legal', 'obligations'] as const,
  register: ['legal', 'breach-register'] as const,
};

const enc = encodeURIComponent;
const legalPath = (id: string) => `/incidents/${enc(id)}`;
const obligationPath = (id: string, obligationId: string) =>
  `${legalPath(id)}/obligations/${enc(obligationId)}`;

/** Timeline events about the legal clocks: the assessment, a duty and its reminders. */
export const isLegalEvent = (type: string) =>
  type.startsWith('obligation.') || type.startsWith('assessment.');

export type ExportFormat = 'md' | 'pdf' | 'json';

/** Where the browser downloads a draft (the session cookie goes along: same origin). */
export function exportUrl(id: string, obligationId: string, format: ExportFormat): string {
  return `/api/v1${obligationPath(id, obligationId)}/export.${format}`;
}

export const BREACH_REGISTER_CSV = '/api/v1/breach-register.csv';

/** The plan's regulatory profile, the assessment and the duties it created, with their clocks. */
export function useLegal(key: string, id: string | undefined) {
  return useQuery({
    queryKey: legalKeys.legal(key),
    enabled: !!id,
    queryFn: () => api.get<Legal>(`${legalPath(id!)}/legal`),
    // "overdue" is the server's word for a clock that ran out: ask again now and then while the page is open.
    refetchInterval: 60_000,
  });
}

export function useObligationDraft(key: string, id: string | undefined, obligationId: string) {
  return useQuery({
    queryKey: legalKeys.draft(key, obligationId),
    enabled: !!id,
    queryFn: () => api.get<ObligationDraft>(`${obligationPath(id!, obligationId)}/draft`),
  });
}

export function useObligationDashboard() {
  return useQuery({
    queryKey: legalKeys.dashboard,
    queryFn: async () => (await api.get<z.infer<typeof ZObligationDashboard>>('/obligations')).items,
    refetchInterval: 60_000,
  });
}

export function useBreachRegister() {
  return useQuery({
    queryKey: legalKeys.register,
    queryFn: async () => (await api.get<z.infer<typeof ZBreachRegister>>('/breach-register')).items,
  });
}

/** The calls that change the legal side of an incident; each answers with the whole of it as it now is. */
export function legalApi(id: string) {
  return {
    assess: (assessment: AssessmentInput) => api.put<Legal>(`${legalPath(id)}/assessment`, assessment),
    notRequired: (obligationId: string, reasoning: string) =>
      api.post<Legal>(`${obligationPath(id, obligationId)}/not-required`, { reasoning }),
    followUp: (obligationId: string) => api.post<Legal>(`${obligationPath(id, obligationId)}/follow-ups`, {}),
    submit: (obligationId: string, reference: string, submittedAt?: string) =>
      api.post<Legal>(`${obligationPath(id, obligationId)}/submit`, {
        reference,
        ...(submittedAt ? { submitted_at: submittedAt } : {}),
      }),
  };
}

/** After a legal change: the incident (its timeline shows it), the dashboard and the register. */
export function legalChanged(client: QueryClient, key: string): void {
  void client.invalidateQueries({ queryKey: incidentKeys.one(key) });
  void client.invalidateQueries({ queryKey: legalKeys.across });
}

/** A change to the legal side of the incident opened as `key`; the answer replaces what the page shows. */
export function useLegalChange<V>(
  key: string,
  id: string,
  call: (calls: ReturnType<typeof legalApi>, vars: V) => Promise<Legal>,
  onDone?: (legal: Legal) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => call(legalApi(id), vars),
    onSuccess: (legal) => {
      client.setQueryData(legalKeys.legal(key), legal);
      legalChanged(client, key);
      onDone?.(legal);
    },
  });
}

/** Saves the draft's edited values; the answer is the draft as it now is. */
export function useSaveDraft(key: string, id: string, obligationId: string, onDone?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fields: Record<string, string>) =>
      api.put<ObligationDraft>(`${obligationPath(id, obligationId)}/draft`, { fields }),
    onSuccess: (draft) => {
      client.setQueryData(legalKeys.draft(key, obligationId), draft);
      void client.invalidateQueries({
        queryKey: incidentKeys.one(key),
        predicate: (q) => q.queryKey[3] !== obligationId,
      });
      onDone?.();
    },
  });
}

/** How many legal deadlines have passed across the incidents one may see, for the navigation's badge. */
export function useOverdueObligationCount(): number {
  const dashboard = useObligationDashboard();
  return dashboard.data?.filter((o) => o.status === 'open' && o.overdue).length ?? 0;
}
