// The expectations with their deadlines and how they turned out: pending, met, late or missed, with the times.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconCircleX, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { offsetLabel, type ExerciseExpectation, type ExpectationOutcome } from '../../api/exercises';
import { OUTCOME_COLOR } from './exercise-words';

const ICON: Record<ExpectationOutcome, typeof IconCircleCheck> = {
  pending: IconCircleDashed,
  met: IconCircleCheck,
  late: IconClockExclamation,
  missed: IconCircleX,
};

export function ExpectationList({ expectations }: { expectations: ExerciseExpectation[] }) {
  const { t } = useTranslation();
  const sorted = [...expectations].sort((a, b) => a.deadline_ms - b.deadline_ms);
  return (
    <Stack
      gap={0}
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('exercises.expectations.title')}
    >
      {sorted.map((e) => {
        const Icon = ICON[e.outcome];
        return (
          <Group
            key={e.id}
            component="li"
            gap="sm"
            wrap="nowrap"
            align="flex-start"
            py={8}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            data-outcome={e.outcome}
            aria-label={`${e.description}: ${t(`exercises.outcome.${e.outcome}`)}`}
          >
            <Icon
              size={22}
              color={`var(--mantine-color-${OUTCOME_COLOR[e.outcome]}-7)`}
              aria-hidden
              style={{ flexShrink: 0, marginTop: 2 }}
            />
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={500} className="break-anywhere">
                {e.description}
              </Text>
              <Text size="xs" c="dimmed">
                {t('exercises.expectations.deadline', { at: offsetLabel(e.deadline_ms) })}
                {e.met_ms !== null &&
                  ` · ${t('exercises.expectations.done_at', { at: offsetLabel(e.met_ms) })}`}
                {e.margin_minutes !== null &&
                  e.outcome !== 'pending' &&
                  ` · ${t(`exercises.expectations.margin_${e.outcome === 'late' ? 'late' : 'early'}`, { count: e.margin_minutes })}`}
              </Text>
            </Stack>
            <Badge
              color={OUTCOME_COLOR[e.outcome]}
              variant={e.outcome === 'pending' ? 'outline' : 'filled'}
              tt="none"
              style={{ flexShrink: 0 }}
            >
              {t(`exercises.outcome.${e.outcome}`)}
            </Badge>
          </Group>
        );
      })}
    </Stack>
  );
}

/** The score in one line of badges: 3 met, 1 late, 1 missed (and pending while it runs). */
export function ScoreBadges({
  score,
}: {
  score: { met: number; late: number; missed: number; pending: number };
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {(['met', 'late', 'missed', 'pending'] as const)
        .filter((o) => o !== 'pending' || score.pending > 0)
        .map((o) => (
          <Badge key={o} color={OUTCOME_COLOR[o]} variant={o === 'pending' ? 'outline' : 'light'} tt="none">
            {t(`exercises.score.${o}`, { count: score[o] })}
          </Badge>
        ))}
    </Group>
  );
}
