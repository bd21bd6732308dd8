// Evaluation: the API's answer types (from the contract), the queries for an incident's review and metrics, the
// improvement backlog across incidents, the trends, the report downloads, and the changes.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZActionItem,
  ZBacklog,
  ZCloseActionItemRequest,
  ZContribution,
  ZCreateActionItemRequest,
  ZMetrics,
  ZReview,
  ZUpdateActionItemRequest,
} from '@core/api/evaluation';
import type { ZTrends } from '@core/api/evaluation-reports';
import { api } from './client';
import { incidentKeys } from './incidents';

// Mirrors of core's lists (importing them would pull zod into the bundle); evaluation.test.ts keeps them equal.
export const REVIEW_STATES = ['open', 'done', 'skipped'] as const;
export const ACTION_ITEM_STATUSES = ['open', 'doing', 'done', 'dropped'] as const;
export const DEADLINE_OUTCOMES = ['met', 'missed', 'pending', 'not_required', 'no_deadline'] as const;
export const FIRST_SIGNAL_SOURCES = ['report', 'alert', 'awareness'] as const;

export type Review = z.infer<typeof ZReview>;
export type ReviewState = Review['state'];
export type Metrics = z.infer<typeof ZMetrics>;
export type Contribution = z.infer<typeof ZContribution>;
export type ActionItem = z.infer<typeof ZActionItem>;
export type ActionItemStatus = ActionItem['status'];
export type Backlog = z.infer<typeof ZBacklog>;
export type CreateActionItem = z.input<typeof ZCreateActionItemRequest>;
export type UpdateActionItem = z.input<typeof ZUpdateActionItemRequest>;
export type CloseActionItem = z.input<typeof ZCloseActionItemRequest>;
export type DeadlineMetric = Metrics['deadlines'][number];
export type AudienceCadence = Metrics['cadence'][number];
export type Trends = z.infer<typeof ZTrends>;
export type TrendMonth = Trends['months'][number];

/** The trends' range (months, YYYY-MM, both included) and whether exercises count. */
export interface TrendsFilters {
  from?: string;
  to?: string;
  exercise?: 'true';
}

/** The backlog's filters, as the page keeps them in its address. */
export interface BacklogFilters {
  status?: string;
  owner?: string;
  overdue?: 'true';
  incident?: string;
  q?: string;
}

export const evaluationKeys = {
  review: (key: string) => [...incidentKeys.one(key), 'review'] as const,
  /** Everything across incidents: the backlog and the trends. */
  across: ['evaluation'] as const,
  backlog: (f: BacklogFilters) => ['evaluation', 'backlog', f] as const,
  trends: (f: TrendsFilters) => ['evaluation', 'trends', f] as const,
};

const enc = encodeURIComponent;
const incidentPath = (id: string) => `/incidents/${enc(id)}`;
const itemPath = (itemId: string) => `/action-items/${enc(itemId)}`;

/** Timeline events of the review and its action items. */
export const isEvaluationEvent = (type: string) =>
  type.startsWith('review.') || type.startsWith('action_item.');

export type ReportKind = 'report' | 'report-executive';
export type ReportFormat = 'pdf' | 'md';

/** Where the browser downloads a report (the session cookie goes along: same origin). */
export function reportUrl(id: string, kind: ReportKind, format: ReportFormat, lang?: 'nl' | 'en'): string {
  return `/api/v1${incidentPath(id)}/${kind}.${format}${lang ? `?lang=${lang}` : ''}`;
}

/** Where the browser downloads the trends as CSV, for the same range (column names in `lang`). */
export function trendsCsvUrl(f: TrendsFilters, lang?: 'nl' | 'en'): string {
  return `/api/v1/evaluation/trends.csv${query({ ...f, lang })}`;
}

function query(params: Record<string, string | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) s.set(k, v);
  const text = s.toString();
  return text ? `?${text}` : '';
}

/** The review of an incident: its metrics, pinned moments, contributions, texts and action items. */
export function useReview(key: string, id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.review(key),
    enabled: !!id && enabled,
    queryFn: () => api.get<Review>(`${incidentPath(id!)}/review`),
  });
}

export function useBacklog(filters: BacklogFilters) {
  return useQuery({
    queryKey: evaluationKeys.backlog(filters),
    queryFn: () => api.get<Backlog>(`/action-items${query({ ...filters })}`),
    placeholderData: (previous) => previous,
  });
}

export function useTrends(filters: TrendsFilters) {
  return useQuery({
    queryKey: evaluationKeys.trends(filters),
    queryFn: () => api.get<Trends>(`/evaluation/trends${query({ ...filters })}`),
    placeholderData: (previous) => previous,
  });
}

/** The calls that change a review; contributions answer with themselves, the rest with the whole review. */
export function reviewApi(id: string) {
  const base = `${incidentPath(id)}/review`;
  return {
    addContribution: (c: { went_well: string; went_wrong: string }) =>
      api.post<Contribution>(`${base}/contributions`, c),
    editContribution: (contributionId: string, c: { went_well: string; went_wrong: string }) =>
      api.patch<Contribution>(`${base}/contributions/${enc(contributionId)}`, c),
    removeContribution: (contributionId: string) =>
      api.delete(`${base}/contributions/${enc(contributionId)}`),
    saveTexts: (texts: { communication_assessment?: string; lessons?: string }) =>
      api.put<Review>(`${base}/texts`, texts),
    done: () => api.post<Review>(`${base}/done`, {}),
    skip: (reason: string) => api.post<Review>(`${base}/skip`, { reason }),
    reopen: (reason: string) => api.post<Review>(`${base}/reopen`, reason ? { reason } : {}),
    addActionItem: (item: CreateActionItem) => api.post<ActionItem>(`${incidentPath(id)}/action-items`, item),
  };
}

/** The calls that change one action item, from the review or the backlog; each answers with the item. */
export const actionItemApi = {
  update: (itemId: string, change: UpdateActionItem) => api.patch<ActionItem>(itemPath(itemId), change),
  close: (itemId: string, close: CloseActionItem) => api.post<ActionItem>(`${itemPath(itemId)}/close`, close),
  reopen: (itemId: string) => api.post<ActionItem>(`${itemPath(itemId)}/reopen`, {}),
};

/** After an evaluation change: the incident (its timeline shows it, the close guard reads it), backlog, trends. */
export function evaluationChanged(client: QueryClient, key?: string): void {
  if (key) void client.invalidateQueries({ queryKey: incidentKeys.one(key) });
  else void client.invalidateQueries({ queryKey: ['incident'] });
  void client.invalidateQueries({ queryKey: evaluationKeys.across });
}

/** A change to the review of the incident opened as `key`; an answered review replaces what the page shows. */
export function useReviewChange<V, R = Review | Contribution | ActionItem | void>(
  key: string,
  id: string,
  call: (calls: ReturnType<typeof reviewApi>, vars: V) => Promise<R>,
  onDone?: (answer: R) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => call(reviewApi(id), vars),
    onSuccess: (answer) => {
      if (answer && typeof answer === 'object' && 'metrics' in answer)
        client.setQueryData(evaluationKeys.review(key), answer);
      evaluationChanged(client, key);
      onDone?.(answer);
    },
  });
}

/** A change to one action item; `key` is the incident's page key when made from its review. */
export function useActionItemChange<V>(
  call: (calls: typeof actionItemApi, vars: V) => Promise<ActionItem>,
  onDone?: (item: ActionItem) => void,
  key?: string,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => call(actionItemApi, vars),
    onSuccess: (item) => {
      evaluationChanged(client, key);
      onDone?.(item);
    },
  });
}
