// The people an incident's audience is emailed besides the plan's: uploaded as CSV (the people affected by a
// breach), listed, emptied. Under the incident's key, so the communication overview's counts refresh with it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZRecipientList } from '@core/api/messages';
import { api } from './client';
import { incidentKeys } from './incidents';

export type RecipientList = z.infer<typeof ZRecipientList>;

const path = (id: string, audienceId: string) =>
  `/incidents/${encodeURIComponent(id)}/audiences/${encodeURIComponent(audienceId)}/recipients`;
const recipientKey = (key: string, audienceId: string) =>
  [...incidentKeys.one(key), 'recipients', audienceId] as const;

export function useRecipients(key: string, id: string, audienceId: string, enabled: boolean) {
  return useQuery({
    queryKey: recipientKey(key, audienceId),
    enabled,
    queryFn: () => api.get<RecipientList>(path(id, audienceId)),
  });
}

export function useUploadRecipients(key: string, id: string, audienceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { csv: string; replace: boolean }) =>
      api.post<RecipientList>(path(id, audienceId), body),
    onSuccess: (list) => {
      client.setQueryData(recipientKey(key, audienceId), list);
      void client.invalidateQueries({ queryKey: incidentKeys.one(key) });
    },
  });
}

export function useEmptyRecipients(key: string, id: string, audienceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(path(id, audienceId)),
    onSuccess: () => void client.invalidateQueries({ queryKey: incidentKeys.one(key) }),
  });
}
