// After publishing: every delivery of the message (channel, recipient, language, state, attempts, last error,
// when it went out), refreshed while any is on its way; a failed one can be tried again.
import { Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import {
  useMessageChange,
  useMessageDeliveries,
  type DeliveryStatus,
  type Message,
  type MessageDelivery,
} from '../../api/messages';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../data-table';
import { QueryState } from '../query-state';
import { StatusBadge } from '../status-badge';
import { AttemptHistory } from './attempt-history';
import { channelName } from './channel-words';

export const deliveryColor: Record<DeliveryStatus, string> = {
  pending: 'blue',
  sent: 'green',
  failed: 'red',
  captured: 'yellow',
};

export function DeliveriesTable({ message, ikey }: { message: Message; ikey: string }) {
  const { t } = useTranslation();
  const deliveries = useMessageDeliveries(
    ikey,
    message.incident_id,
    message.id,
    message.status === 'published',
  );
  const retry = useMessageChange<MessageDelivery>(ikey, message.incident_id, (api, d) =>
    api.retry(message.id, d.id),
  );

  const columns: Column<MessageDelivery>[] = [
    {
      key: 'recipient',
      label: t('messages.deliveries.recipient'),
      primary: true,
      render: (d) => (
        <Stack gap={0}>
          <Text size="sm" fw={600} className="break-anywhere">
            {d.recipient}
          </Text>
          <Text size="xs" c="dimmed">
            {channelName(t, d.channel)}
            {d.language && ` · ${t(`language.${d.language}`, { defaultValue: d.language })}`}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      label: t('messages.deliveries.status'),
      render: (d) => (
        <StatusBadge color={deliveryColor[d.status]}>
          {t(`messages.deliveries.state.${d.status}`)}
        </StatusBadge>
      ),
    },
    {
      key: 'attempts',
      label: t('messages.deliveries.attempts'),
      render: (d) => <AttemptHistory delivery={d} />,
    },
    {
      key: 'when',
      label: t('messages.deliveries.when'),
      render: (d) =>
        d.status === 'captured'
          ? t('messages.deliveries.captured_at', { time: formatDateTime(d.sent_at ?? d.created_at) })
          : d.sent_at
            ? formatDateTime(d.sent_at)
            : d.status === 'pending'
              ? t('messages.deliveries.next_at', { time: formatDateTime(d.next_attempt_at) })
              : '–',
    },
    {
      key: 'error',
      label: t('messages.deliveries.last_error'),
      render: (d) =>
        d.last_error ? (
          <Text size="sm" c="red.9" className="break-anywhere" maw={320}>
            {d.last_error}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('messages.deliveries.no_error')}
          </Text>
        ),
    },
    {
      key: 'actions',
      label: t('common.actions'),
      actions: true,
      render: (d) =>
        d.status === 'failed' ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            loading={retry.isPending && retry.variables?.id === d.id}
            aria-label={t('messages.deliveries.retry_for', { recipient: d.recipient })}
            onClick={() =>
              retry.mutate(d, {
                onSuccess: () =>
                  notifications.show({
                    color: 'green',
                    message: t('messages.deliveries.retried', { recipient: d.recipient }),
                  }),
                onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
              })
            }
          >
            {t('messages.deliveries.retry')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="deliveries-heading">
      <Title order={2} fz="lg" id="deliveries-heading">
        {t('messages.deliveries.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {message.exercise ? t('messages.deliveries.intro_exercise') : t('messages.deliveries.intro')}
      </Text>
      <QueryState query={deliveries} rows={3}>
        {(items) => (
          <DataTable
            caption={t('messages.deliveries.title')}
            columns={columns}
            rows={items}
            rowKey={(d) => d.id}
            empty={{
              title: t('messages.deliveries.empty'),
              description: t('messages.deliveries.empty_hint'),
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
