// One report in the triage queue: where it came from, what it says, how often it arrived, and what to do with it.
import type { ReactNode } from 'react';
import { Button, Card, Checkbox, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../api/triage';
import { formatDateTime } from '../../lib/format';
import { DeclareIncidentButton } from './declare-incident-button';
import { ReportBadges } from './report-badges';
import { ReportOutcome } from './report-outcome';
import { formatWhen, timeAgo } from './relative-time';

interface Props {
  report: Report;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onMerge: () => void;
  onDismiss: () => void;
  showStatus: boolean;
}

export function ReportCard({ report, selected, onSelect, onMerge, onDismiss, showStatus }: Props) {
  const { t } = useTranslation();
  const isNew = report.status === 'new';
  const headingId = `report-${report.id}-title`;
  // An employee's report takes its title from the first line: do not show that line twice.
  const description = withoutTitle(report.description, report.title);
  return (
    <Card
      component="article"
      aria-labelledby={headingId}
      withBorder
      padding="md"
      radius="md"
      style={selected ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="sm" align="center" wrap="nowrap" miw={0}>
            {isNew && (
              <Checkbox
                checked={selected}
                onChange={(e) => onSelect(e.currentTarget.checked)}
                aria-label={t('triage.select_report', { title: report.title })}
              />
            )}
            <ReportBadges report={report} showStatus={showStatus} />
          </Group>
          <Text
            size="xs"
            c="dimmed"
            ta="right"
            style={{ flexShrink: 0 }}
            title={formatDateTime(report.last_received_at)}
          >
            {timeAgo(report.last_received_at)}
          </Text>
        </Group>
        <Title order={2} fz="md" id={headingId} className="break-anywhere">
          {report.title}
        </Title>
        {description && (
          <Spoiler
            maxHeight={88}
            showLabel={t('triage.show_more')}
            hideLabel={t('triage.show_less')}
            styles={{ control: { fontSize: 'var(--mantine-font-size-sm)' } }}
          >
            <Text size="sm" className="pre-wrap">
              {description}
            </Text>
          </Spoiler>
        )}
        <ReportFacts report={report} />
        {!isNew && <ReportOutcome report={report} />}
        {isNew && (
          <Group gap="xs" mt={4}>
            <DeclareIncidentButton reportIds={[report.id]} variant="light" size="sm" />
            <Button variant="default" size="sm" onClick={onMerge}>
              {t('triage.merge.button')}
            </Button>
            <Button
              variant="subtle"
              color="gray"
              size="sm"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={onDismiss}
            >
              {t('triage.dismiss.button')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The report's facts as short labelled lines; only those it has. */
function ReportFacts({ report }: { report: Report }) {
  const { t } = useTranslation();
  const facts: [string, ReactNode][] = [];
  if (report.system) facts.push([t('triage.fact.system'), report.system]);
  if (report.severity_hint) facts.push([t('triage.fact.severity_hint'), report.severity_hint]);
  if (report.occurred_at) facts.push([t('triage.fact.occurred'), formatWhen(report.occurred_at)]);
  facts.push([
    t('triage.fact.received'),
    report.times_received > 1
      ? t('triage.fact.received_times', {
          count: report.times_received,
          first: formatWhen(report.received_at),
          last: formatWhen(report.last_received_at),
        })
      : formatWhen(report.received_at),
  ]);
  if (report.reporter_name || report.reporter_contact) {
    facts.push([
      t('triage.fact.reporter'),
      [report.reporter_name, report.reporter_contact].filter(Boolean).join(' · '),
    ]);
  }
  return (
    <Stack gap={2} component="dl" m={0}>
      {facts.map(([label, value]) => (
        <Group key={label} gap={6} wrap="nowrap" align="flex-start">
          <Text component="dt" size="sm" c="dimmed" miw={120} style={{ flexShrink: 0 }}>
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} className="break-anywhere">
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function withoutTitle(description: string, title: string): string {
  const [first = '', ...rest] = description.split(/\r?\n/);
  return first.trim() === title.trim() ? rest.join('\n').trim() : description;
}
