// Admin: the outbox, every message on its way to one recipient over one channel, with retries for failed ones.
import { useState } from 'react';
import { NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../api/client';
import { useDeliveries } from '../api/queries';
import type { Delivery, DeliveryStatus } from '../api/types';
import { DataTable, type Column } from '../components/data-table';
import { DeliveryStatusBadge, LastError, RetryButton } from '../components/deliveries/delivery-cells';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { formatDateTime } from '../lib/format';

type Filter = DeliveryStatus | 'all';

export default function DeliveriesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('all');
  const narrow = useMediaQuery('(max-width: 30em)', false, { getInitialValueInEffect: false });
  const deliveries = useDeliveries(filter);

  const retry = useMutation({
    mutationFn: (d: Delivery) => api.post(`/deliveries/${encodeURIComponent(d.id)}/retry`),
    onSuccess: async (_, d) => {
      notifications.show({ color: 'green', message: t('deliveries.retried', { recipient: d.recipient }) });
      await queryClient.invalidateQueries({ queryKey: ['deliveries'] });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
  });

  const filters = [
    { value: 'all', label: t('deliveries.filter_all') },
    { value: 'pending', label: t('deliveries.state.pending') },
    { value: 'sent', label: t('deliveries.state.sent') },
    { value: 'failed', label: t('deliveries.state.failed') },
    { value: 'captured', label: t('deliveries.state.captured') },
  ];

  const columns: Column<Delivery>[] = [
    {
      key: 'subject',
      label: t('deliveries.subject'),
      primary: true,
      render: (d) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {d.subject ?? t('deliveries.no_subject')}
          </Text>
          <Text size="sm" c="dimmed" className="break-anywhere">
            {t(`deliveries.channel.${d.channel}`, { defaultValue: d.channel })} · {d.recipient}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      label: t('deliveries.status'),
      render: (d) => (
        <DeliveryStatusBadge status={d.status}>{t(`deliveries.state.${d.status}`)}</DeliveryStatusBadge>
      ),
    },
    {
      key: 'attempts',
      label: t('deliveries.attempts'),
      render: (d) => t('deliveries.attempts_value', { attempts: d.attempts, max: d.max_attempts }),
    },
    {
      key: 'when',
      label: t('deliveries.when'),
      render: (d) =>
        d.status === 'sent'
          ? t('deliveries.sent_at', { time: formatDateTime(d.sent_at) })
          : d.status === 'captured'
            ? t('deliveries.captured_at', { time: formatDateTime(d.sent_at ?? d.created_at) })
            : d.status === 'pending'
              ? t('deliveries.next_at', { time: formatDateTime(d.next_attempt_at) })
              : t('deliveries.created_at', { time: formatDateTime(d.created_at) }),
    },
    {
      key: 'error',
      label: t('deliveries.last_error'),
      render: (d) => <LastError error={d.last_error} none={t('deliveries.no_error')} />,
    },
    {
      key: 'actions',
      label: t('common.actions'),
      actions: true,
      render: (d) =>
        d.status === 'failed' ? (
          <RetryButton
            label={t('deliveries.retry')}
            ariaLabel={t('deliveries.retry_for', { recipient: d.recipient })}
            loading={retry.isPending && retry.variables?.id === d.id}
            onClick={() => retry.mutate(d)}
          />
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('deliveries.title')} description={t('deliveries.intro')} />
      {narrow ? (
        // Five states do not fit side by side on a phone: a list to choose from instead.
        <NativeSelect
          mb="md"
          label={t('deliveries.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value as Filter)}
          data={filters}
        />
      ) : (
        <SegmentedControl
          mb="md"
          aria-label={t('deliveries.filter')}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={filters}
        />
      )}
      <QueryState query={deliveries}>
        {(items) => (
          <DataTable
            caption={t('deliveries.title')}
            columns={columns}
            rows={items}
            rowKey={(d) => d.id}
            empty={{
              title: filter === 'all' ? t('deliveries.empty') : t('deliveries.empty_filtered'),
              description: t('deliveries.empty_hint'),
            }}
          />
        )}
      </QueryState>
    </>
  );
}
