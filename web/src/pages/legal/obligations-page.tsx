// Every open legal duty across the incidents one may see: overdue on top, then the soonest deadline, then the
// duties without a fixed one (informing people "without undue delay", confirming the register entry).
import { Anchor, Badge, Card, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconBook2, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useObligationDashboard } from '../../api/legal';
import { DashboardItemCard } from '../../components/legal/dashboard-item';
import { RegisterTodo } from '../../components/legal/register-todo';
import { byUrgency, clockState } from '../../components/legal/countdown';
import { useNow } from '../../components/messages/use-now';
import { PageHeader } from '../../components/page-header';
import { useAccount } from '../../lib/session';
import { QueryState } from '../../components/query-state';

export default function ObligationsPage() {
  const { t } = useTranslation();
  const dashboard = useObligationDashboard();
  const now = useNow();
  // The register spans every breach: responders and up (the API refuses it to viewers).
  const readsRegister = useAccount().access_level !== 'viewer';
  return (
    <>
      <PageHeader
        title={t('legal.dashboard.title')}
        description={t('legal.dashboard.intro')}
        actions={
          readsRegister && (
            <Anchor component={Link} to="/breach-register" size="sm">
              <Group gap={4} wrap="nowrap" component="span">
                <IconBook2 size={16} aria-hidden />
                {t('legal.register.title')}
              </Group>
            </Anchor>
          )
        }
      />
      <QueryState query={dashboard} rows={4}>
        {(items) => {
          const open = items.filter((i) => i.status === 'open');
          const clocks = byUrgency(
            open.filter((i) => i.kind !== 'gdpr_register'),
            now,
          );
          const entries = open.filter((i) => i.kind === 'gdpr_register');
          const overdue = clocks.filter((i) => clockState(i, now).state === 'overdue').length;
          if (open.length === 0)
            return (
              <Card withBorder padding="xl">
                <EmptyState
                  icon={<IconScale size={32} aria-hidden />}
                  title={t('legal.dashboard.none')}
                  description={t('legal.dashboard.none_hint')}
                />
              </Card>
            );
          return (
            <Stack gap="sm" maw={960}>
              <Group gap="xs">
                {overdue > 0 && (
                  <Badge color="red" variant="filled">
                    {t('legal.dashboard.overdue', { count: overdue })}
                  </Badge>
                )}
                <Text size="sm" c="dimmed">
                  {t('legal.dashboard.count', { count: clocks.length })}
                </Text>
              </Group>
              <Stack
                gap="xs"
                component="ul"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={t('legal.dashboard.title')}
              >
                {clocks.map((item) => (
                  <DashboardItemCard key={item.id} item={item} />
                ))}
              </Stack>
              <RegisterTodo items={entries} />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
