// TanStack Query hooks for every API read, with their cache keys in one place.
import { QueryCache, QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, ApiError } from './client';
import type {
  Account,
  AccountTokenInfo,
  ApiToken,
  Delivery,
  DeliveryStatus,
  Mail,
  MailSummary,
  SystemInfo,
  TimelinePage,
} from './types';

export const keys = {
  system: ['system'] as const,
  me: ['me'] as const,
  accounts: ['accounts'] as const,
  tokens: (all: boolean) => ['tokens', all ? 'all' : 'own'] as const,
  mail: ['mail'] as const,
  mailMessage: (id: string) => ['mail', id] as const,
  deliveries: (status: DeliveryStatus | 'all') => ['deliveries', status] as const,
  activity: ['activity'] as const,
  accountToken: (token: string) => ['account-token', token] as const,
};

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that ran out while the page was open: ask /me again, which shows the login page.
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== 'me') {
          client.setQueryData(keys.me, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // Only a server that is down or failing is worth asking again; a 4xx will not change.
        retry: (count, error) =>
          count < 2 && error instanceof ApiError && (error.status === 0 || error.status >= 500),
      },
    },
  });
  return client;
}

export function useSystem() {
  return useQuery({ queryKey: keys.system, queryFn: () => api.get<SystemInfo>('/system') });
}

/** The logged-in account, or null when nobody is logged in. */
export function useMe(enabled = true) {
  return useQuery({
    queryKey: keys.me,
    enabled,
    staleTime: 60_000,
    queryFn: async () => {
      try {
        return await api.get<Account>('/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
  });
}

export function useAccounts(enabled = true) {
  return useQuery({
    queryKey: keys.accounts,
    enabled,
    queryFn: async () => (await api.get<{ items: Account[] }>('/accounts')).items,
  });
}

/** Active accounts by name and email, for responders choosing who gets a role or task. */
export function useDirectory(enabled = true) {
  return useQuery({
    queryKey: ['accounts', 'directory'],
    enabled,
    queryFn: async () =>
      (await api.get<{ items: Array<{ id: string; name: string; email: string }> }>('/accounts/directory'))
        .items,
  });
}

export function useTokens(all: boolean) {
  return useQuery({
    queryKey: keys.tokens(all),
    queryFn: async () => (await api.get<{ items: ApiToken[] }>(all ? '/tokens?all=true' : '/tokens')).items,
  });
}

export function useMailList() {
  return useQuery({
    queryKey: keys.mail,
    queryFn: () => api.get<{ mail_mode: SystemInfo['mail_mode']; items: MailSummary[] }>('/mail'),
  });
}

export function useMailMessage(id: string) {
  return useQuery({
    queryKey: keys.mailMessage(id),
    queryFn: () => api.get<Mail>(`/mail/${encodeURIComponent(id)}`),
  });
}

export function useDeliveries(status: DeliveryStatus | 'all') {
  return useQuery({
    queryKey: keys.deliveries(status),
    refetchInterval: 15_000,
    queryFn: async () =>
      (
        await api.get<{ items: Delivery[] }>(
          status === 'all' ? '/deliveries' : `/deliveries?status=${status}`,
        )
      ).items,
  });
}

export const ACTIVITY_PAGE_SIZE = 50;

export function useActivity() {
  return useInfiniteQuery({
    queryKey: keys.activity,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      api.get<TimelinePage>(
        `/activity?limit=${ACTIVITY_PAGE_SIZE}${pageParam ? `&before=${pageParam}` : ''}`,
      ),
    getNextPageParam: (last) => last.next_before ?? undefined,
  });
}

export function useAccountToken(token: string) {
  return useQuery({
    queryKey: keys.accountToken(token),
    staleTime: Infinity,
    queryFn: () => api.get<AccountTokenInfo>(`/auth/account-token/${encodeURIComponent(token)}`),
  });
}
