// Small labels for a report: where it came from, whether the alert still fires, and its place in triage.
import { Badge, Group, type MantineColor } from '@mantine/core';
import { IconBell, IconChartLine, IconFlame, IconUser, IconWebhook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Report, ReportSource, ReportStatus } from '../../api/triage';
import { StatusBadge } from '../status-badge';

const sourceIcons: Record<ReportSource, typeof IconUser> = {
  employee: IconUser,
  alertmanager: IconFlame,
  grafana: IconChartLine,
  generic: IconWebhook,
};

export function SourceBadge({ source }: { source: ReportSource }) {
  const { t } = useTranslation();
  const Icon = sourceIcons[source] ?? IconBell;
  return (
    <Badge
      variant="light"
      color="gray"
      tt="none"
      size="md"
      miw="max-content"
      leftSection={<Icon size={14} aria-hidden />}
      styles={{ root: { color: 'var(--mantine-color-text)' } }}
    >
      {t(`triage.source.${source}`)}
    </Badge>
  );
}

const statusColors: Record<ReportStatus, MantineColor> = {
  new: 'orange',
  declared: 'red',
  merged: 'indigo',
  dismissed: 'gray',
};

export function StatusLabel({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={statusColors[status]}>{t(`triage.status.${status}`)}</StatusBadge>;
}

/** Source, alert state and (outside the "new" list) the status, in one wrapping row. */
export function ReportBadges({ report, showStatus }: { report: Report; showStatus: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <SourceBadge source={report.source} />
      {report.alert_state && (
        <StatusBadge color={report.alert_state === 'firing' ? 'red' : 'green'}>
          {t(`triage.alert_state.${report.alert_state}`)}
        </StatusBadge>
      )}
      {showStatus && <StatusLabel status={report.status} />}
    </Group>
  );
}
