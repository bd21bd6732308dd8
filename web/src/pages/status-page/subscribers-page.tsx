// Admin: who follows the status page: counts per state, search, add a webhook (or email) subscriber, remove one,
// import from CSV and download everyone as CSV.
import { useState } from 'react';
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconDownload,
  IconFileImport,
  IconKey,
  IconSearch,
  IconTrash,
  IconUserPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  SUBSCRIBERS_CSV,
  statusApi,
  useStatusChange,
  useStatusComponents,
  useSubscribers,
  type StatusComponent,
  type Subscriber,
} from '../../api/status-page';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { AddSubscriberModal } from '../../components/status-page/add-subscriber-modal';
import { ImportModal } from '../../components/status-page/import-modal';
import { WebhookSecretModal } from '../../components/status-page/webhook-secret-modal';
import { localName } from '../../components/status-page/status-words';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';

const stateColor = { confirmed: 'green', pending: 'yellow', unsubscribed: 'gray' } as const;

export default function SubscribersPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<Subscriber['kind'] | ''>('');
  const [state, setState] = useState<Subscriber['state'] | ''>('');
  const [search] = useDebouncedValue(q.trim(), 300);
  const list = useSubscribers({ q: search, kind, state });
  const overview = useStatusComponents();
  const components = overview.data?.components ?? [];
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState<Subscriber | null>(null);
  const [secretOf, setSecretOf] = useState<Subscriber | null>(null);
  const remove = useStatusChange(
    (s: Subscriber) => statusApi.deleteSubscriber(s.id),
    () => setRemoving(null),
  );

  const scope = (s: Subscriber) =>
    s.component_ids === null
      ? t('status.subscribers.scope_all_short')
      : s.component_ids
          .map((id) => components.find((c: StatusComponent) => c.id === id))
          .map((c) => (c ? localName(c.name, lang) : t('status.subscribers.removed_component')))
          .join(', ');
  const columns: Column<Subscriber>[] = [
    {
      key: 'address',
      label: t('status.subscribers.address'),
      primary: true,
      render: (s) => (
        <Text size="sm" fw={600} className="break-anywhere">
          {s.address}
        </Text>
      ),
    },
    {
      key: 'kind',
      label: t('status.subscribers.kind_label'),
      render: (s) => t(`status.subscribers.kind.${s.kind}`),
    },
    { key: 'language', label: t('status.subscribers.language'), render: (s) => t(`language.${s.language}`) },
    { key: 'components', label: t('status.subscribers.components'), render: scope },
    {
      key: 'state',
      label: t('status.subscribers.state_label'),
      render: (s) => (
        <StatusBadge color={stateColor[s.state]}>{t(`status.subscribers.state.${s.state}`)}</StatusBadge>
      ),
    },
    { key: 'since', label: t('status.subscribers.since'), render: (s) => formatDateTime(s.created_at) },
    {
      key: 'actions',
      label: t('common.actions'),
      actions: true,
      render: (s) => (
        <Group gap={4} wrap="nowrap" justify="flex-end">
          {s.kind === 'webhook' && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('status.secret.show_for', { address: s.address })}
              onClick={() => setSecretOf(s)}
            >
              <IconKey size={18} aria-hidden />
            </ActionIcon>
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('status.subscribers.remove_for', { address: s.address })}
            onClick={() => setRemoving(s)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" maw={560}>
          {t('status.subscribers.intro')}
        </Text>
        <Group gap="xs">
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('status.subscribers.add')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            onClick={() => setImporting(true)}
          >
            {t('status.import.open')}
          </Button>
          <Button
            component="a"
            href={SUBSCRIBERS_CSV}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('status.subscribers.csv')}
          </Button>
        </Group>
      </Group>
      {list.data && (
        <Group gap="xs" aria-label={t('status.subscribers.counts')} role="group">
          {(['confirmed', 'pending', 'unsubscribed'] as const).map((s) => (
            <StatusBadge key={s} color={stateColor[s]}>
              {t(`status.subscribers.count.${s}`, { count: list.data.counts[s] })}
            </StatusBadge>
          ))}
        </Group>
      )}
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('status.subscribers.search')}
          placeholder={t('status.subscribers.search_placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
          type="search"
        />
        <Select
          label={t('status.subscribers.kind_label')}
          data={[
            { value: '', label: t('status.subscribers.any') },
            { value: 'email', label: t('status.subscribers.kind.email') },
            { value: 'webhook', label: t('status.subscribers.kind.webhook') },
          ]}
          value={kind}
          onChange={(v) => setKind((v ?? '') as Subscriber['kind'] | '')}
          allowDeselect={false}
          w={150}
        />
        <Select
          label={t('status.subscribers.state_label')}
          data={[
            { value: '', label: t('status.subscribers.any') },
            ...(['confirmed', 'pending', 'unsubscribed'] as const).map((s) => ({
              value: s,
              label: t(`status.subscribers.state.${s}`),
            })),
          ]}
          value={state}
          onChange={(v) => setState((v ?? '') as Subscriber['state'] | '')}
          allowDeselect={false}
          w={170}
        />
      </Group>
      <QueryState query={list} rows={5}>
        {(data) => (
          <DataTable
            caption={t('status.subscribers.title')}
            columns={columns}
            rows={data.items}
            rowKey={(s) => s.id}
            empty={{
              title:
                search || kind || state ? t('status.subscribers.none_found') : t('status.subscribers.none'),
              description: search || kind || state ? undefined : t('status.subscribers.none_hint'),
            }}
          />
        )}
      </QueryState>
      <AddSubscriberModal
        opened={adding}
        components={components}
        onClose={() => setAdding(false)}
        onWebhook={setSecretOf}
      />
      <WebhookSecretModal subscriber={secretOf} onClose={() => setSecretOf(null)} />
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('status.subscribers.remove_title')}
        confirmLabel={t('status.subscribers.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
      >
        {t('status.subscribers.remove_body', { address: removing?.address ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
