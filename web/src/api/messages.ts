// Communication: the API's answer types for messages, audiences and deliveries (from the contract), their queries
// and the changes. Keys sit under the incident's, so every change on its timeline refreshes them too.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZAudienceCommunication,
  ZCommunication,
  ZDraftMessageRequest,
  ZEditMessageRequest,
  ZMessage,
  ZMessageContent,
  ZMessageDelivery,
  ZOverdueUpdates,
  ZTemplateFill,
} from '@core/api/messages';
import type { Channel } from '@core/plan/enums';
import { api } from './client';
import { incidentKeys } from './incidents';

// Mirrors of core's lists (importing them would pull zod into the bundle); messages.test.ts keeps them equal.
export const MESSAGE_STATUSES = ['draft', 'in_review', 'approved', 'published'] as const;
export const MESSAGE_KINDS = ['holding', 'update', 'resolved', 'custom'] as const;
export const TEMPLATE_KINDS = ['holding', 'update', 'resolved'] as const;
export const MESSAGE_SUBJECT_MAX = 200;
export const MESSAGE_BODY_MAX = 20000;

export type Message = z.infer<typeof ZMessage>;
export type MessageStatus = Message['status'];
export type MessageKind = Message['kind'];
export type MessageContent = z.infer<typeof ZMessageContent>;
export type MessageApproval = Message['approvals'][number];
export type MessageDelivery = z.infer<typeof ZMessageDelivery>;
export type DeliveryStatus = MessageDelivery['status'];
export type Communication = z.infer<typeof ZCommunication>;
export type AudienceCommunication = z.infer<typeof ZAudienceCommunication>;
export type TemplateFill = z.infer<typeof ZTemplateFill>['items'][number];
export type OverdueUpdate = z.infer<typeof ZOverdueUpdates>['items'][number];
export type DraftInput = z.input<typeof ZDraftMessageRequest>;
export type { Channel };

export const messageKeys = {
  communication: (key: string) => [...incidentKeys.one(key), 'communication'] as const,
  list: (key: string) => [...incidentKeys.one(key), 'messages'] as const,
  one: (key: string, messageId: string) => [...incidentKeys.one(key), 'message', messageId] as const,
  deliveries: (key: string, messageId: string) =>
    [...incidentKeys.one(key), 'message', messageId, 'deliveries'] as const,
  templates: (key: string, audienceId: string) =>
    [...incidentKeys.one(key), 'templates', audienceId] as const,
  overdue: ['communication', 'overdue'] as const,
  webhookSecret: ['settings', 'webhook-secret'] as const,
};

const enc = encodeURIComponent;
const incidentPath = (id: string) => `/incidents/${enc(id)}`;
const messagePath = (id: string, messageId: string) => `${incidentPath(id)}/messages/${enc(messageId)}`;

/** Per audience: channels, approval chain, cadence, last and next update, what waits; the plan's jargon. */
export function useCommunication(key: string, id: string | undefined) {
  return useQuery({
    queryKey: messageKeys.communication(key),
    enabled: !!id,
    queryFn: () => api.get<Communication>(`${incidentPath(id!)}/communication`),
    // "Next due" turns into "overdue" while the page is open: ask again now and then.
    refetchInterval: 60_000,
  });
}

export function useMessages(key: string, id: string | undefined) {
  return useQuery({
    queryKey: messageKeys.list(key),
    enabled: !!id,
    queryFn: async () => (await api.get<{ items: Message[] }>(`${incidentPath(id!)}/messages`)).items,
  });
}

export function useMessage(key: string, id: string | undefined, messageId: string) {
  return useQuery({
    queryKey: messageKeys.one(key, messageId),
    enabled: !!id,
    queryFn: () => api.get<Message>(messagePath(id!, messageId)),
  });
}

/** The audience's templates filled from the incident; `missing` names what the incident cannot tell yet. */
export function useTemplateFill(key: string, id: string | undefined, audienceId: string | null) {
  return useQuery({
    queryKey: messageKeys.templates(key, audienceId ?? ''),
    enabled: !!id && !!audienceId,
    queryFn: async () =>
      (
        await api.get<{ items: TemplateFill[] }>(
          `${incidentPath(id!)}/templates?audience_id=${enc(audienceId ?? '')}`,
        )
      ).items,
  });
}

/** A message's deliveries; asked again every few seconds while any is still on its way. */
export function useMessageDeliveries(key: string, id: string, messageId: string, enabled: boolean) {
  return useQuery({
    queryKey: messageKeys.deliveries(key, messageId),
    enabled,
    queryFn: async () =>
      (await api.get<{ items: MessageDelivery[] }>(`${messagePath(id, messageId)}/deliveries`)).items,
    refetchInterval: (q) => (q.state.data?.some((d) => d.status === 'pending') ? 3_000 : false),
  });
}

export function useOverdueUpdates() {
  return useQuery({
    queryKey: messageKeys.overdue,
    queryFn: async () => (await api.get<{ items: OverdueUpdate[] }>('/communication/overdue')).items,
    refetchInterval: 60_000,
  });
}

export function useWebhookSecret(enabled: boolean) {
  return useQuery({
    queryKey: messageKeys.webhookSecret,
    enabled,
    queryFn: () => api.get<{ secret: string }>('/settings/webhook-secret'),
  });
}

/** The calls that change messages; each answers with the message as it now is. */
export function messageApi(id: string) {
  return {
    draft: (body: DraftInput) => api.post<Message>(`${incidentPath(id)}/messages`, body),
    edit: (
      messageId: string,
      body: Pick<z.input<typeof ZEditMessageRequest>, 'revision' | 'contents' | 'channels' | 'status_page'>,
    ) => api.patch<Message>(messagePath(id, messageId), body),
    submit: (messageId: string, revision: number) =>
      api.post<Message>(`${messagePath(id, messageId)}/submit`, { revision }),
    approve: (messageId: string, revision: number, roleId: string) =>
      api.post<Message>(`${messagePath(id, messageId)}/approve`, { revision, role_id: roleId }),
    reject: (messageId: string, revision: number, comment: string) =>
      api.post<Message>(`${messagePath(id, messageId)}/reject`, { revision, comment }),
    publish: (messageId: string, revision: number) =>
      api.post<Message>(`${messagePath(id, messageId)}/publish`, { revision }),
    correct: (messageId: string) => api.post<Message>(`${messagePath(id, messageId)}/correct`),
    retry: (messageId: string, deliveryId: string) =>
      api.post(`${messagePath(id, messageId)}/deliveries/${enc(deliveryId)}/retry`),
  };
}

/** After a change to messages: everything about the incident (its timeline shows it) and the overdue list. */
export function messagesChanged(client: QueryClient, key: string): void {
  void client.invalidateQueries({ queryKey: incidentKeys.one(key) });
  void client.invalidateQueries({ queryKey: messageKeys.overdue });
}

/** A change to a message of the incident opened as `key`; the answer replaces the message the page shows. */
export function useMessageChange<V>(
  key: string,
  id: string,
  call: (calls: ReturnType<typeof messageApi>, vars: V) => Promise<Message | unknown>,
  onDone?: (message: Message | undefined) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => call(messageApi(id), vars),
    onSuccess: (answer) => {
      const message = isMessage(answer) ? answer : undefined;
      if (message) client.setQueryData(messageKeys.one(key, message.id), message);
      messagesChanged(client, key);
      onDone?.(message);
    },
  });
}

function isMessage(x: unknown): x is Message {
  return !!x && typeof x === 'object' && 'id' in x && 'status' in x && 'contents' in x;
}
