// The top of the incident page: reference, title, severity, phase, flags, awareness time and expected recovery.
import type { ReactNode } from 'react';
import { Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import type { LiveState } from '../../lib/use-incident-events';
import { usePageTitle } from '../../lib/use-page-title';
import { ExerciseBanner } from '../exercise-banner';
import { EditIncidentModal } from './edit-incident-modal';
import { phaseColor, severityColor } from './incident-colors';
import { IncidentFlags } from './incident-flags';
import { LiveIndicator } from './live-indicator';
import { relativeTime } from './when';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  live: LiveState;
}

export function IncidentHeader({ incident, ikey, live }: Props) {
  const { t } = useTranslation();
  const [editing, edit] = useDisclosure(false);
  usePageTitle(`${incident.reference} ${incident.title}`);
  return (
    <Stack gap="sm" mb="md">
      {incident.exercise && (
        <ExerciseBanner title={t('incidents.flags.exercise')}>
          {t('incidents.header.exercise_banner')}
        </ExerciseBanner>
      )}
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text ff="monospace" fw={700} c="dimmed">
          {incident.reference}
        </Text>
        <LiveIndicator state={live} />
      </Group>
      <Title order={1} fz={{ base: 22, sm: 28 }} lh={1.25}>
        {incident.title}
      </Title>
      <Group gap={6} wrap="wrap">
        <Badge size="lg" tt="none" color={severityColor(incident.severity_id, incident.severity_name)}>
          {incident.severity_name}
        </Badge>
        <Badge size="lg" variant="light" color={phaseColor[incident.phase]} tt="none">
          {t(`incidents.phase.${incident.phase}`)}
        </Badge>
        <IncidentFlags incident={incident} size="lg" />
        <Text size="sm" c="dimmed">
          {incident.scenario_name}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing={6}>
        <Fact label={t('incidents.header.awareness')}>
          {formatDateTime(incident.awareness_at)}{' '}
          <Text span c="dimmed" size="sm">
            ({relativeTime(incident.awareness_at)})
          </Text>
        </Fact>
        <Fact label={t('incidents.header.eta')}>
          {incident.eta_at ? (
            <>
              {formatDateTime(incident.eta_at)}{' '}
              <Text span c="dimmed" size="sm">
                ({relativeTime(incident.eta_at)})
              </Text>
              {incident.eta_confidence && (
                <Text size="sm" c="dimmed">
                  {t(`incidents.confidence.${incident.eta_confidence}`)}
                </Text>
              )}
            </>
          ) : (
            <Text span c="dimmed">
              {t('incidents.eta.unknown')}
            </Text>
          )}
        </Fact>
        <Fact label={t('incidents.header.declared')}>
          {incident.declared_by_name
            ? t('incidents.header.declared_by', {
                name: incident.declared_by_name,
                when: formatDateTime(incident.declared_at),
              })
            : formatDateTime(incident.declared_at)}
        </Fact>
      </SimpleGrid>
      {incident.can_act && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={edit.open}
          >
            {t('incidents.edit.button')}
          </Button>
        </Group>
      )}
      <EditIncidentModal incident={incident} ikey={ikey} opened={editing} onClose={edit.close} />
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Text size="sm" component="div" fw={500}>
        {children}
      </Text>
    </Stack>
  );
}
