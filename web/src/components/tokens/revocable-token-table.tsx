// A table of secret tokens (API tokens, intake tokens): the caller's own leading columns, then created, last used,
// status and a revoke button with a confirmation. One component, so both kinds of token behave the same.
import { useState } from 'react';
import { Button, Code, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { ConfirmModal } from '../confirm-modal';
import { DataTable, type Column } from '../data-table';
import { StatusBadge } from '../status-badge';

export interface RevocableToken {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

interface Words {
  caption: string;
  emptyTitle: string;
  emptyDescription?: string | undefined;
  revokeTitle: string;
  revokeBody: (name: string) => string;
  revokedMessage: (name: string) => string;
}

interface Props<T extends RevocableToken> {
  tokens: T[];
  /** Columns between the name and the prefix (owner, source, ...). */
  extraColumns?: Column<T>[];
  revoke: (token: T) => Promise<unknown>;
  /** Queries to refresh after a revocation. */
  queryKey: QueryKey;
  words: Words;
}

export function RevocableTokenTable<T extends RevocableToken>({
  tokens,
  extraColumns = [],
  revoke,
  queryKey,
  words,
}: Props<T>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: revoke,
    onSuccess: async (_, token) => {
      setRevoking(null);
      notifications.show({ color: 'green', message: words.revokedMessage(token.name) });
      await queryClient.invalidateQueries({ queryKey });
    },
  });

  const columns: Column<T>[] = [
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
    ...extraColumns,
    { key: 'prefix', label: t('tokens.prefix'), render: (tk) => <Code>{tk.prefix}…</Code> },
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
              mutation.reset();
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
        caption={words.caption}
        columns={columns}
        rows={tokens}
        rowKey={(tk) => tk.id}
        empty={{ title: words.emptyTitle, description: words.emptyDescription }}
      />
      <ConfirmModal
        opened={revoking !== null}
        title={words.revokeTitle}
        confirmLabel={t('tokens.revoke')}
        danger
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={() => revoking && mutation.mutate(revoking)}
        onClose={() => setRevoking(null)}
      >
        {words.revokeBody(revoking?.name ?? '')}
      </ConfirmModal>
    </>
  );
}
