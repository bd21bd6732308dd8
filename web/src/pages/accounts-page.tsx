// Admin: everyone with an account, their level and state, inviting new people and managing existing ones.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../api/queries';
import type { Account } from '../api/types';
import { AccountActions } from '../components/accounts/account-actions';
import { AccountStateBadge } from '../components/accounts/account-state-badge';
import { InviteModal } from '../components/accounts/invite-modal';
import { DataTable, type Column } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { useAccount } from '../lib/session';

export default function AccountsPage() {
  const { t } = useTranslation();
  const me = useAccount();
  const accounts = useAccounts();
  const [inviting, invite] = useDisclosure(false);

  const columns: Column<Account>[] = [
    {
      key: 'name',
      label: t('fields.name'),
      primary: true,
      render: (a) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {a.name}
            {a.id === me.id && (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                ({t('accounts.you')})
              </Text>
            )}
          </Text>
          <Text size="sm" c="dimmed" className="break-anywhere">
            {a.email}
          </Text>
        </Stack>
      ),
    },
    { key: 'level', label: t('fields.access_level'), render: (a) => t(`level.${a.access_level}`) },
    { key: 'language', label: t('fields.language'), render: (a) => t(`language.${a.language}`) },
    { key: 'state', label: t('accounts.state.label'), render: (a) => <AccountStateBadge account={a} /> },
    {
      key: 'actions',
      label: t('common.actions'),
      actions: true,
      render: (a) => <AccountActions account={a} isSelf={a.id === me.id} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        description={t('accounts.intro')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={invite.open}>
            {t('accounts.invite')}
          </Button>
        }
      />
      <QueryState query={accounts}>
        {(items) => (
          <>
            <Group gap="lg" mb="sm">
              <Text size="sm" c="dimmed">
                {t('accounts.count', { count: items.length })}
              </Text>
            </Group>
            <DataTable
              caption={t('accounts.title')}
              columns={columns}
              rows={items}
              rowKey={(a) => a.id}
              empty={{ title: t('accounts.empty') }}
            />
          </>
        )}
      </QueryState>
      <InviteModal opened={inviting} onClose={invite.close} />
    </>
  );
}
