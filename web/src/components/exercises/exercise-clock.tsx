// The exercise clock: exercise time running on from the server's reading at the exercise's speed, each second.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clockLabel, exerciseNow, type Exercise } from '../../api/exercises';
import { useNow } from '../messages/use-now';

export function ExerciseClock({ exercise, size = 'lg' }: { exercise: Exercise; size?: 'lg' | 'sm' }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const ms = exerciseNow(exercise, now);
  return (
    <Group gap={8} align="baseline" wrap="nowrap">
      <Text
        ff="monospace"
        fw={700}
        fz={size === 'lg' ? { base: 28, sm: 36 } : 'md'}
        lh={1}
        aria-label={t('exercises.clock.label', { time: clockLabel(ms) })}
        role="timer"
      >
        {clockLabel(ms)}
      </Text>
      <Text size="sm" c="dimmed">
        {t('exercises.clock.of', { minutes: exercise.duration_minutes })}
      </Text>
    </Group>
  );
}

/** Exercise time as a wall clock hint: "in 4 min" or "3 min ago" of exercise time. */
export function useExerciseMs(exercise: Exercise, everyMs = 1000): number {
  const now = useNow(everyMs);
  return exerciseNow(exercise, now);
}
