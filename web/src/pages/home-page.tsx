// The first page after login: a welcome, and what this person can usefully do in Stormbell today.
import type { ReactNode } from 'react';
import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconActivity,
  IconKey,
  IconMail,
  IconRoute,
  IconUserCog,
  IconUsers,
  IconClipboardList,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccounts } from '../api/queries';
import { HomeOpenIncidents } from '../components/home-open-incidents';
import { PageHeader } from '../components/page-header';
import { StatusBadge } from '../components/status-badge';
import { useAccount, useSystemInfo } from '../lib/session';

interface Step {
  icon: ReactNode;
  title: string;
  body: ReactNode;
  to: string;
  action: string;
}

export function HomePage() {
  const { t } = useTranslation();
  const account = useAccount();
  const system = useSystemInfo();
  const isAdmin = account.access_level === 'admin';
  const accounts = useAccounts(isAdmin);
  const organisation = system.organisation?.name ?? '';
  const firstName = account.name.trim().split(/\s+/)[0] ?? account.name;

  const people = accounts.data;
  const teamStatus = people
    ? t('home.team_status', {
        active: people.filter((a) => a.active && !a.invitation_pending).length,
        pending: people.filter((a) => a.invitation_pending).length,
      })
    : null;

  const planStep: Step = {
    icon: <IconClipboardList aria-hidden />,
    title: t('home.plan.title'),
    body: isAdmin ? t('home.plan.body_admin') : t('home.plan.body'),
    to: '/plan',
    action: t('home.plan.action'),
  };
  const adminSteps: Step[] = [
    planStep,
    {
      icon: <IconUsers aria-hidden />,
      title: t('home.invite.title'),
      body: (
        <>
          {t('home.invite.body')}
          {teamStatus && (
            <Text size="sm" fw={600} mt={6}>
              {teamStatus}
            </Text>
          )}
        </>
      ),
      to: '/admin/accounts',
      action: t('home.invite.action'),
    },
    system.mail_mode === 'viewer'
      ? {
          icon: <IconMail aria-hidden />,
          title: t('home.mail_viewer.title'),
          body: t('home.mail_viewer.body'),
          to: '/admin/mail',
          action: t('home.mail_viewer.action'),
        }
      : {
          icon: <IconMail aria-hidden />,
          title: t('home.mail_smtp.title'),
          body: t('home.mail_smtp.body'),
          to: '/admin/deliveries',
          action: t('home.mail_smtp.action'),
        },
    {
      icon: <IconKey aria-hidden />,
      title: t('home.token.title'),
      body: t('home.token.body'),
      to: '/settings#api-tokens',
      action: t('home.token.action'),
    },
    {
      icon: <IconActivity aria-hidden />,
      title: t('home.activity.title'),
      body: t('home.activity.body'),
      to: '/admin/activity',
      action: t('home.activity.action'),
    },
  ];
  const memberSteps: Step[] = [
    ...(account.access_level === 'responder' ? [planStep] : []),
    {
      icon: <IconUserCog aria-hidden />,
      title: t('home.settings.title'),
      body: t('home.settings.body'),
      to: '/settings',
      action: t('home.settings.action'),
    },
    {
      icon: <IconKey aria-hidden />,
      title: t('home.token.title'),
      body: t('home.token.body'),
      to: '/settings#api-tokens',
      action: t('home.token.action'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: firstName })}
        description={t('home.intro', { organisation })}
      />
      <HomeOpenIncidents />
      <Group gap="xs" mb="lg">
        <Text size="sm">{t('home.your_level')}</Text>
        <StatusBadge color="indigo">{t(`level.${account.access_level}`)}</StatusBadge>
        <Text size="sm" c="dimmed">
          {t(`level_description.${account.access_level}`)}
        </Text>
      </Group>
      <Title order={2} fz="lg" mb="sm">
        {isAdmin ? t('home.next_steps_admin') : t('home.next_steps')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="xl">
        {(isAdmin ? adminSteps : memberSteps).map((s) => (
          <Card key={s.title} withBorder padding="lg">
            <Stack gap="sm" h="100%">
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon variant="light" size={36} radius="md">
                  {s.icon}
                </ThemeIcon>
                <Title order={3} fz="md">
                  {s.title}
                </Title>
              </Group>
              <Text size="sm" component="div" style={{ flexGrow: 1 }}>
                {s.body}
              </Text>
              <Group>
                <Button component={Link} to={s.to} variant="light">
                  {s.action}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder padding="lg" bg="gray.0">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="default" size={36} radius="md">
            <IconRoute aria-hidden />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={2} fz="md">
              {t('home.coming.title')}
            </Title>
            <Text size="sm">{t('home.coming.body')}</Text>
            {!isAdmin && <Text size="sm">{t('home.coming.ask_admin')}</Text>}
          </Stack>
        </Group>
      </Card>
    </>
  );
}
