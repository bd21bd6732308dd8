// The navigation: everyone's pages (the response plan from responder up), then the admin's.
import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconActivity,
  IconClipboardList,
  IconHome,
  IconKey,
  IconMail,
  IconSend,
  IconUserCog,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAccount } from '../lib/session';

interface Item {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
}

export function NavLinks({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Viewers do not see the plan: it holds the team's phone numbers (the API refuses it to them too).
  const readsPlan = useAccount().access_level !== 'viewer';
  const everyone: Item[] = [
    { to: '/', label: t('nav.home'), icon: IconHome },
    ...(readsPlan ? [{ to: '/plan', label: t('nav.plan'), icon: IconClipboardList }] : []),
    { to: '/settings', label: t('nav.settings'), icon: IconUserCog },
  ];
  const admin: Item[] = [
    { to: '/admin/accounts', label: t('nav.accounts'), icon: IconUsers },
    { to: '/admin/tokens', label: t('nav.tokens'), icon: IconKey },
    { to: '/admin/mail', label: t('nav.mail'), icon: IconMail },
    { to: '/admin/deliveries', label: t('nav.deliveries'), icon: IconSend },
    { to: '/admin/activity', label: t('nav.activity'), icon: IconActivity },
  ];
  const link = ({ to, label, icon: Icon }: Item) => {
    const active = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
    return (
      <NavLink
        key={to}
        component={Link}
        to={to}
        label={label}
        leftSection={<Icon size={18} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="light"
        fw={500}
      />
    );
  };
  return (
    <Stack gap={2}>
      {everyone.map(link)}
      {isAdmin && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            {t('nav.admin')}
          </Text>
          {admin.map(link)}
        </>
      )}
    </Stack>
  );
}
