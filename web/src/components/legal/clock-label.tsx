// A legal clock, live: "41 h 12 min left" with a bar of the time used (amber past 75 %, red when overdue), the
// deadline in the organisation's timezone; or why there is no countdown.
import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlarm, IconClock, IconHourglassEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../../api/legal';
import { TONE_COLOR, clockState, clockText } from './countdown';
import { legalTime } from './legal-words';
import { useNow } from '../messages/use-now';

type Clock = Pick<Obligation, 'kind' | 'status' | 'starts_from' | 'starts_at' | 'due_at' | 'overdue'>;

export function ClockLabel({ obligation: o, compact = false }: { obligation: Clock; compact?: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  const c = clockState(o, now);
  if (c.state === 'submitted' || c.state === 'not_required') return null;
  const timed = c.state === 'running' || c.state === 'overdue';
  const color = TONE_COLOR[c.tone];
  const Icon = c.state === 'overdue' ? IconAlarm : timed ? IconClock : IconHourglassEmpty;
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap" align="center">
        <Icon size={18} aria-hidden color={timed ? `var(--mantine-color-${color}-7)` : undefined} />
        <Text
          fw={timed ? 700 : 500}
          size={compact ? 'sm' : 'md'}
          c={timed && c.tone !== 'calm' ? `${color}.8` : timed ? undefined : 'dimmed'}
          data-testid="legal-countdown"
        >
          {clockText(t, c, o.kind)}
        </Text>
      </Group>
      {timed && (
        <>
          <Progress
            value={Math.round(c.share * 100)}
            color={color}
            size="sm"
            aria-label={t('legal.clock.used', { percent: Math.round(c.share * 100) })}
          />
          <Text size="xs" c="dimmed">
            {t('legal.clock.due', { when: legalTime(c.dueAt) })}
          </Text>
        </>
      )}
    </Stack>
  );
}
