// The facilitator's controls: the clock, pause or resume, the speed (×1 to ×60) and ending the exercise.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFlag, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SPEEDS, useExerciseChange, type Exercise } from '../../api/exercises';
import { ConfirmModal } from '../confirm-modal';
import { FormAlert } from '../form-alert';
import { ExerciseClock } from './exercise-clock';
import { STATUS_COLOR } from './exercise-words';

export function ConsoleControls({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const [ending, end] = useDisclosure(false);
  const [speedError, setSpeedError] = useState<unknown>(null);
  const pause = useExerciseChange(exercise.id, (c) => c.pause());
  const resume = useExerciseChange(exercise.id, (c) => c.resume());
  const speed = useExerciseChange(exercise.id, (c, v: number) => c.speed(v));
  const finish = useExerciseChange(exercise.id, (c) => c.end(), end.close);
  const running = exercise.status === 'running';
  const speeds = [...new Set<number>([...SPEEDS, exercise.speed])].sort((a, b) => a - b);
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="clock-heading"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Text id="clock-heading" size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('exercises.console.clock')}
            </Text>
            <ExerciseClock exercise={exercise} />
          </Stack>
          <Badge size="lg" variant="light" color={STATUS_COLOR[exercise.status]} tt="none">
            {t(`exercises.status.${exercise.status}`)}
          </Badge>
        </Group>
        <Group gap="xs" align="flex-end">
          {running ? (
            <Button
              leftSection={<IconPlayerPause size={18} aria-hidden />}
              variant="default"
              loading={pause.isPending}
              onClick={() => pause.mutate(undefined)}
            >
              {t('exercises.console.pause')}
            </Button>
          ) : (
            <Button
              leftSection={<IconPlayerPlay size={18} aria-hidden />}
              loading={resume.isPending}
              onClick={() => resume.mutate(undefined)}
            >
              {t('exercises.console.resume')}
            </Button>
          )}
          <Select
            label={t('exercises.console.speed')}
            w={150}
            allowDeselect={false}
            data={speeds.map((s) => ({ value: String(s), label: t('exercises.speed', { speed: s }) }))}
            value={String(exercise.speed)}
            onChange={(v) => {
              if (!v) return;
              setSpeedError(null);
              speed.mutate(Number(v), { onError: setSpeedError });
            }}
          />
          <Button
            color="red"
            variant="light"
            leftSection={<IconFlag size={18} aria-hidden />}
            onClick={end.open}
            ml="auto"
          >
            {t('exercises.console.end')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {running
            ? t('exercises.console.speed_hint', { speed: exercise.speed })
            : t('exercises.console.paused_hint')}
        </Text>
        <FormAlert error={pause.error ?? resume.error ?? speedError} />
      </Stack>
      <ConfirmModal
        opened={ending}
        title={t('exercises.console.end_title')}
        confirmLabel={t('exercises.console.end')}
        danger
        loading={finish.isPending}
        error={finish.error}
        onConfirm={() => finish.mutate(undefined)}
        onClose={end.close}
      >
        {t('exercises.console.end_body')}
      </ConfirmModal>
    </Paper>
  );
}
