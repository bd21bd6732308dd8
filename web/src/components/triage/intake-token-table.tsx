// Admin: the intake tokens per source, when each was last used, and revoking one (monitoring using it stops).
import { useState } from 'react';
import { Button, Code, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { triageApi, triageKeys, type IntakeToken } from '../../api/triage';
import { formatDateTime } from '../../lib/format';
import { ConfirmModal } from '../confirm-modal';
import { DataTable, type Column } from '../data-table';
import { StatusBadge } from '../status-badge';
import { SourceBadge } from './report-badges';

export function IntakeTokenTable({ tokens }: { tokens: IntakeToken[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [revoking, setRevoking] = useState<IntakeToken | null>(null);
  const revoke = useMutation({
    mutationFn: (token: IntakeToken) => triageApi.revokeToken(token.id),
    onSuccess: async (_, token) => {
      setRevoking(null);
      notifications.show({
        color: 'green',
        message: t('triage.intake.revoked_message', { name: token.name }),
      });
      await client.invalidateQueries({ queryKey: triageKeys.tokens });
    },
  });

  const columns: Column<IntakeToken>[] = [
    {
      key: 'name',
      label: t('triage.intake.token_name'),
      primary: true,
      render: (tk) => (
        <Text fw={600} size="sm">
          {tk.name}
        </Text>
      ),
    },
    { key: 'source', label: t('triage.intake.source'), render: (tk) => <SourceBadge source={tk.source} /> },
    { key: 'prefix', label: t('triage.intake.prefix'), render: (tk) => <Code>{tk.prefix}…</Code> },
    { key: 'created', label: t('triage.intake.created'), render: (tk) => formatDateTime(tk.created_at) },
    {
      key: 'used',
      label: t('triage.intake.last_used'),
      render: (tk) => (tk.last_used_at ? formatDateTime(tk.last_used_at) : t('triage.intake.never_used')),
    },
    {
      key: 'status',
      label: t('triage.intake.status'),
      render: (tk) =>
        tk.revoked_at ? (
          <Stack gap={2} align="flex-start">
            <StatusBadge color="gray">{t('triage.intake.revoked')}</StatusBadge>
            <Text size="xs" c="dimmed">
              {formatDateTime(tk.revoked_at)}
            </Text>
          </Stack>
        ) : (
          <StatusBadge color="green">{t('triage.intake.active')}</StatusBadge>
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
            aria-label={t('triage.intake.revoke_named', { name: tk.name })}
            onClick={() => {
              revoke.reset();
              setRevoking(tk);
            }}
          >
            {t('triage.intake.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <DataTable
        caption={t('triage.intake.tokens_caption')}
        columns={columns}
        rows={tokens}
        rowKey={(tk) => tk.id}
        empty={{ title: t('triage.intake.no_tokens'), description: t('triage.intake.no_tokens_hint') }}
      />
      <ConfirmModal
        opened={revoking !== null}
        title={t('triage.intake.revoke_title')}
        confirmLabel={t('triage.intake.revoke')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      >
        {t('triage.intake.revoke_body', { name: revoking?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
