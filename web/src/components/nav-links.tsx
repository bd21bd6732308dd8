// The navigation: everyone's pages (the response plan from responder up), then the admin's.
import { Badge, NavLink, Stack, Text } from '@mantine/core';
import {
  IconActivity,
  IconAlertOctagon,
  IconBook2,
  IconBroadcast,
  IconChartBar,
  IconClipboardList,
  IconHome,
  IconInbox,
  IconKey,
  IconListCheck,
  IconMail,
  IconPlugConnected,
  IconScale,
  IconSchool,
  IconSend,
  IconUserCog,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useOverdueObligationCount } from '../api/legal';
import { useNewReportCount } from '../api/triage';
import { useAccount } from '../lib/session';

interface Item {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  /** A count worth attention (new reports in triage, overdue legal deadlines), shown as a badge. */
  badge?: number | null;
  /** What the badge's number means, for screen readers. */
  badgeLabel?: (count: number) => string;
}

export function NavLinks({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Viewers do not see the plan: it holds the team's phone numbers (the API refuses it to them too).
  const readsPlan = useAccount().access_level !== 'viewer';
  // Responders and admins handle triage; the same access level as the plan.
  const newReports = useNewReportCount(readsPlan);
  const overdueDuties = useOverdueObligationCount();
  const everyone: Item[] = [
    { to: '/', label: t('nav.home'), icon: IconHome },
    { to: '/incidents', label: t('incidents.nav'), icon: IconAlertOctagon },
    ...(readsPlan
      ? [{ to: '/triage', label: t('triage.nav.triage'), icon: IconInbox, badge: newReports }]
      : []),
    // Responders change component statuses and plan maintenance; admins also set the page up.
    ...(readsPlan ? [{ to: '/status-page', label: t('status.nav'), icon: IconBroadcast }] : []),
    {
      to: '/obligations',
      label: t('nav.obligations'),
      icon: IconScale,
      badge: overdueDuties,
      badgeLabel: (count) => t('nav.overdue_obligations', { count }),
    },
    // The register spans every breach: responders and up, like the plan (the API refuses it to viewers).
    ...(readsPlan ? [{ to: '/breach-register', label: t('nav.breach_register'), icon: IconBook2 }] : []),
    // What the organisation learned: action items across incidents, and the trends.
    { to: '/improvements', label: t('evaluation.nav.backlog'), icon: IconListCheck },
    { to: '/trends', label: t('evaluation.nav.trends'), icon: IconChartBar },
    // Table-top exercises: everyone may follow one; responders and up start them.
    { to: '/exercises', label: t('exercises.nav'), icon: IconSchool },
    ...(readsPlan ? [{ to: '/plan', label: t('nav.plan'), icon: IconClipboardList }] : []),
    { to: '/settings', label: t('nav.settings'), icon: IconUserCog },
  ];
  const admin: Item[] = [
    { to: '/admin/accounts', label: t('nav.accounts'), icon: IconUsers },
    { to: '/admin/tokens', label: t('nav.tokens'), icon: IconKey },
    { to: '/admin/mail', label: t('nav.mail'), icon: IconMail },
    { to: '/admin/deliveries', label: t('nav.deliveries'), icon: IconSend },
    { to: '/admin/activity', label: t('nav.activity'), icon: IconActivity },
    { to: '/admin/intake', label: t('triage.nav.intake'), icon: IconPlugConnected },
  ];
  const link = ({ to, label, icon: Icon, badge, badgeLabel }: Item) => {
    const active = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
    return (
      <NavLink
        key={to}
        component={Link}
        to={to}
        label={label}
        leftSection={<Icon size={18} aria-hidden />}
        rightSection={
          badge ? (
            <Badge size="sm" color="red" variant="filled" circle={badge < 10}>
              <span aria-hidden>{badge}</span>
              <span className="sr-only">
                {badgeLabel ? badgeLabel(badge) : t('triage.nav.new_reports', { count: badge })}
              </span>
            </Badge>
          ) : undefined
        }
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
