// One incident on the dashboard: what it is, how bad, where it stands, what is overdue and when it should be over.
import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Incident } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import classes from './incident-card.module.css';
import { severityColor } from './incident-colors';
import { IncidentFlags } from './incident-flags';
import { PhaseSteps } from './phase-steps';
import { relativeTime } from './when';

export function IncidentCard({ incident, severityOrder }: { incident: Incident; severityOrder?: string[] }) {
  const { t } = useTranslation();
  const color = severityColor(incident.severity_id, incident.severity_name, severityOrder);
  const closed = incident.phase === 'closed';
  return (
    <Card
      component="li"
      withBorder
      padding="md"
      className={classes.card}
      style={{ borderLeftColor: `var(--mantine-color-${closed ? 'gray' : color}-6)` }}
      bg={closed ? 'gray.0' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap={8} wrap="wrap">
            <Text size="sm" ff="monospace" fw={600} c="dimmed">
              {incident.reference}
            </Text>
            <Badge color={color} variant={closed ? 'outline' : 'filled'} size="md" tt="none">
              {incident.severity_name}
            </Badge>
            <IncidentFlags incident={incident} size="sm" />
          </Group>
          <Text size="xs" c="dimmed" title={formatDateTime(incident.declared_at)}>
            {t('incidents.list.declared', { when: relativeTime(incident.declared_at) })}
          </Text>
        </Group>
        <Anchor
          component={Link}
          to={`/incidents/${encodeURIComponent(incident.reference)}`}
          className={classes.link}
          fw={700}
          fz="lg"
          c="inherit"
          lh={1.3}
        >
          {incident.title}
        </Anchor>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing={8}>
          <PhaseSteps phase={incident.phase} compact />
          <Meta label={t('incidents.list.tasks')}>
            {closed ? (
              t('incidents.list.closed_on', { when: formatDateTime(incident.closed_at) })
            ) : (
              <Group gap={6} wrap="wrap">
                <span>{t('incidents.list.open_tasks', { count: incident.open_tasks })}</span>
                {incident.overdue_tasks > 0 && (
                  <Badge
                    color="red"
                    variant="light"
                    tt="none"
                    leftSection={<IconAlertTriangle size={12} aria-hidden />}
                  >
                    {t('incidents.list.overdue_tasks', { count: incident.overdue_tasks })}
                  </Badge>
                )}
              </Group>
            )}
          </Meta>
          {!closed && (
            <Meta label={t('incidents.list.eta')}>
              {incident.eta_at ? (
                <>
                  {formatDateTime(incident.eta_at)}
                  {incident.eta_confidence && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({t(`incidents.confidence_short.${incident.eta_confidence}`)})
                    </Text>
                  )}
                </>
              ) : (
                <Text span size="sm" c="dimmed">
                  {t('incidents.eta.unknown')}
                </Text>
              )}
            </Meta>
          )}
          <Meta label={t('incidents.list.scenario')}>{incident.scenario_name}</Meta>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
