// API tokens as a list: name, prefix, owner (for admins), created, last used, and a revoke button with a confirmation.
import { useState } from 'react';
import { Button, Code, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiToken } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { ConfirmModal } from '../confirm-modal';
import { DataTable, type Column } from '../data-table';
import { StatusBadge } from '../status-badge';

interface Props {
  tokens: ApiToken[];
  showOwner?: boolean;
  emptyDescription?: string;
}

export function TokenTable({ tokens, showOwner = false, emptyDescription }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.delete(`/tokens/${encodeURIComponent(token.id)}`),
    onSuccess: async (_, token) => {
      setRevoking(null);
      notifications.show({ color: 'green', message: t('tokens.revoked_message', { name: token.name }) });
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });

  const columns: Column<ApiToken>[] = [
    {
      key: 'name',
      label: t('tokens.name'),
      primary: true,
      render: (tk) => (
        <Text fw={600} size="sm">
          {tk.name}
        </Text>
      ),
    },
    { key: 'prefix', label: t('tokens.prefix'), render: (tk) => <Code>{tk.prefix}…</Code> },
    ...(showOwner
      ? [{ key: 'owner', label: t('tokens.owner'), render: (tk: ApiToken) => tk.account_name }]
      : []),
    { key: 'created', label: t('tokens.created'), render: (tk) => formatDateTime(tk.created_at) },
    {
      key: 'used',
      label: t('tokens.last_used'),
      render: (tk) => (tk.last_used_at ? formatDateTime(tk.last_used_at) : t('tokens.never_used')),
    },
    {
      key: 'status',
      label: t('tokens.status'),
      render: (tk) =>
        tk.revoked_at ? (
          <Stack gap={2} align="flex-start">
            <StatusBadge color="gray">{t('tokens.revoked')}</StatusBadge>
            <Text size="xs" c="dimmed">
              {formatDateTime(tk.revoked_at)}
            </Text>
          </Stack>
        ) : (
          <StatusBadge color="green">{t('tokens.active')}</StatusBadge>
        ),
    },
    {
      key: 'actions',
      label: t('common.actions'),
      actions: true,
      render: (tk) =>
        tk.revoked_at ? null : (
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              revoke.reset();
              setRevoking(tk);
            }}
            aria-label={t('tokens.revoke_named', { name: tk.name })}
          >
            {t('tokens.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <DataTable
        caption={t('tokens.caption')}
        columns={columns}
        rows={tokens}
        rowKey={(tk) => tk.id}
        empty={{ title: t('tokens.empty'), description: emptyDescription }}
      />
      <ConfirmModal
        opened={revoking !== null}
        title={t('tokens.revoke_title')}
        confirmLabel={t('tokens.revoke')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      >
        {t('tokens.revoke_body', { name: revoking?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
