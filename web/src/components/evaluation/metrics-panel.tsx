// The facts in front of the review: how fast the incident was detected, contained and recovered from, how soon
// each audience heard, how often updates kept their cadence, and each legal deadline met or missed. All computed by
// the server from the timeline; nothing here is typed in.
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconClock,
  IconCircleMinus,
  IconAlertTriangle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeadlineMetric, Metrics } from '../../api/evaluation';
import { formatDateTime } from '../../lib/format';
import { kindName } from '../legal/legal-words';
import { everyText } from '../plan/durations';
import { OUTCOME_COLOR, durationText, outcomeText } from './evaluation-words';

interface Figure {
  key: string;
  seconds: number | null;
  /** The moments it is measured between, in words. */
  between: string;
}

export function MetricsPanel({ metrics }: { metrics: Metrics }) {
  const { t } = useTranslation();
  const m = metrics;
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : t('evaluation.metrics.not_yet'));
  // Audiences nobody wrote to are named in one line below the ones that were kept informed.
  const published = m.cadence.filter((a) => a.updates > 0);
  const silent = m.cadence.filter((a) => a.updates === 0);
  const figures: Figure[] = [
    {
      key: 'detect',
      seconds: m.time_to_detect_seconds,
      between: t('evaluation.metrics.detect_between', {
        signal: t(`evaluation.signal.${m.first_signal_source}`),
        from: at(m.first_signal_at),
      }),
    },
    {
      key: 'contain',
      seconds: m.time_to_contain_seconds,
      between: t('evaluation.metrics.contain_between', { to: at(m.recovery_started_at) }),
    },
    {
      key: 'recover',
      seconds: m.time_to_recover_seconds,
      between: t('evaluation.metrics.recover_between', { to: at(m.evaluation_started_at) }),
    },
    {
      key: 'total',
      seconds: m.total_duration_seconds,
      between: t('evaluation.metrics.total_between'),
    },
    {
      key: 'first_internal',
      seconds: m.time_to_first_internal_update_seconds,
      between: t('evaluation.metrics.first_update_between'),
    },
    {
      key: 'first_external',
      seconds: m.time_to_first_external_update_seconds,
      between: t('evaluation.metrics.first_update_between'),
    },
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }} spacing="sm" component="dl" m={0}>
        {figures.map((f) => (
          <Paper key={f.key} withBorder radius="md" p="sm" data-testid={`metric-${f.key}`}>
            <Stack gap={2}>
              <Text component="dt" size="sm" fw={600}>
                {t(`evaluation.metrics.${f.key}`)}
              </Text>
              <Text
                component="dd"
                m={0}
                fz={{ base: 'lg', sm: 'xl' }}
                fw={700}
                c={f.seconds === null ? 'dimmed' : undefined}
              >
                {durationText(t, f.seconds)}
              </Text>
              <Text size="xs" c="dimmed">
                {f.between}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      {m.back_transitions > 0 && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconArrowBackUp size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">{t('evaluation.metrics.went_back', { count: m.back_transitions })}</Text>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('evaluation.metrics.cadence_title')}
          </Title>
          {published.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('evaluation.metrics.cadence_none')}
            </Text>
          ) : (
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {published.map((a) => (
                <Group component="li" key={a.audience_id} gap="xs" justify="space-between" wrap="nowrap">
                  <Stack gap={0} miw={0}>
                    <Text size="sm" fw={600} className="break-anywhere">
                      {a.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(a.internal ? 'evaluation.metrics.internal' : 'evaluation.metrics.external')} ·{' '}
                      {everyText(t, a.cadence_minutes)}
                    </Text>
                  </Stack>
                  <Text size="sm" ta="right" style={{ flexShrink: 0 }}>
                    {t('evaluation.metrics.on_cadence', {
                      on: a.on_cadence,
                      count: a.updates,
                      share: Math.round((a.share ?? 0) * 100),
                    })}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
          {published.length > 0 && silent.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('evaluation.metrics.not_published', { audiences: silent.map((a) => a.name).join(', ') })}
            </Text>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('evaluation.metrics.deadlines_title')}
          </Title>
          {m.deadlines.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('evaluation.metrics.deadlines_none')}
            </Text>
          ) : (
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {m.deadlines.map((d) => (
                <Group
                  component="li"
                  key={d.obligation_id}
                  gap="xs"
                  justify="space-between"
                  wrap="nowrap"
                  align="flex-start"
                  data-testid={`deadline-${d.kind}`}
                >
                  <Text size="sm" className="break-anywhere">
                    {kindName(t, d.kind)}
                  </Text>
                  <OutcomeLabel deadline={d} />
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

const OUTCOME_ICON = {
  met: IconCircleCheck,
  missed: IconAlertTriangle,
  pending: IconClock,
  not_required: IconCircleMinus,
  no_deadline: IconCircleMinus,
} as const;

/** Met or missed in words beside an icon of its own shape (never colour alone). */
function OutcomeLabel({ deadline }: { deadline: DeadlineMetric }) {
  const { t } = useTranslation();
  const Icon = OUTCOME_ICON[deadline.outcome];
  const color = `var(--mantine-color-${OUTCOME_COLOR[deadline.outcome]}-8)`;
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" style={{ flexShrink: 0, maxWidth: '55%' }}>
      <Icon size={16} aria-hidden color={color} style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm" fw={600} c={color} ta="right">
        {outcomeText(t, deadline)}
      </Text>
    </Group>
  );
}
