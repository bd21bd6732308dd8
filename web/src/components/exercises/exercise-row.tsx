// One exercise in the list: title, when, who facilitated, its status and its score, one tap from its page.
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExerciseSummary } from '../../api/exercises';
import { formatDateTime } from '../../lib/format';
import { ScoreBadges } from './expectation-list';
import { STATUS_COLOR } from './exercise-words';

export function ExerciseRow({ exercise }: { exercise: ExerciseSummary }) {
  const { t } = useTranslation();
  const percent = exercise.score.percent;
  return (
    <Card component="li" withBorder radius="md" padding="sm">
      <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/exercises/${exercise.id}`} fw={600} className="break-anywhere">
            {exercise.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatDateTime(exercise.started_at)}
            {exercise.facilitator.name &&
              ` · ${t('exercises.list.facilitator', { name: exercise.facilitator.name })}`}
            {exercise.incident && ` · ${exercise.incident.reference}`}
          </Text>
          {exercise.status === 'ended' && <ScoreBadges score={exercise.score} />}
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          {exercise.status === 'ended' ? (
            <Text fw={700} fz="xl" aria-label={t('exercises.results.percent', { percent: percent ?? 0 })}>
              {percent === null ? '–' : `${percent}%`}
            </Text>
          ) : (
            <Badge color={STATUS_COLOR[exercise.status]} variant="light" tt="none">
              {t(`exercises.status.${exercise.status}`)}
            </Badge>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
