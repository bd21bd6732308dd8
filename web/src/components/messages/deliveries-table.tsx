// After publishing: every delivery of the message (channel, recipient, language, state, attempts, last error,
// when it went out), refreshed while any is on its way; a failed one can be tried again.
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import {
  useMessageChange,
  useMessageDeliveries,
  type Message,
  type MessageDelivery,
} from '../../api/messages';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../data-table';
import { DeliveryStatusBadge, LastError, RetryButton } from '../deliveries/delivery-cells';
import { QueryState } from '../query-state';
import { AttemptHistory } from './attempt-history';
import { channelName } from './channel-words';

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
        <DeliveryStatusBadge status={d.status}>
          {t(`messages.deliveries.state.${d.status}`)}
        </DeliveryStatusBadge>
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
      render: (d) => <LastError error={d.last_error} none={t('messages.deliveries.no_error')} />,
    },
    {
      key: 'actions',
      label: t('common.actions'),
      actions: true,
      render: (d) =>
        d.status === 'failed' ? (
          <RetryButton
            label={t('messages.deliveries.retry')}
            ariaLabel={t('messages.deliveries.retry_for', { recipient: d.recipient })}
            loading={retry.isPending && retry.variables?.id === d.id}
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
          />
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
