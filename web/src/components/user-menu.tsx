// The account menu in the header: who is logged in, account settings, logout.
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCog } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { keys } from '../api/queries';
import type { Account } from '../api/types';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return (
    (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')
  ).toUpperCase();
}

export function UserMenu({ account }: { account: Account }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: () => api.post('/auth/logout'),
    // Logged out on the server or not, this browser forgets the account.
    onSettled: () => {
      void navigate('/login', { replace: true });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'system' && q.queryKey[0] !== 'me' });
      queryClient.setQueryData(keys.me, null);
    },
  });

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('user_menu.open', { name: account.name })}
          p={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={32} aria-hidden>
              {initials(account.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" truncate maw={180}>
              {account.name}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {account.name}
          </Text>
          <Text size="xs" truncate>
            {account.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/settings" leftSection={<IconUserCog size={16} aria-hidden />}>
          {t('nav.settings')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => logout.mutate()}>
          {t('user_menu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
