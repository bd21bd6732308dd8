// The facilitator's notes: what they saw, at which exercise time; written during the exercise, kept for the report.
import { useState } from 'react';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { offsetLabel, useExerciseChange, type Exercise, type ExerciseNote } from '../../api/exercises';
import { FormAlert } from '../form-alert';

export function NotesPanel({ exercise, canWrite }: { exercise: Exercise; canWrite: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = useExerciseChange(
    exercise.id,
    (c, v: string) => c.note(v),
    () => setText(''),
  );
  return (
    <Stack gap="sm">
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(text);
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('exercises.notes.new')}
              description={t('exercises.notes.hint')}
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={fieldError(add.error, 'text')}
            />
            <FormAlert error={add.error} fields={['text']} />
            <Button
              type="submit"
              variant="light"
              loading={add.isPending}
              disabled={!text.trim()}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('exercises.notes.add')}
            </Button>
          </Stack>
        </form>
      )}
      <NoteList notes={exercise.notes} />
    </Stack>
  );
}

export function NoteList({ notes }: { notes: ExerciseNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('exercises.notes.none')}
      </Text>
    );
  return (
    <Stack
      gap="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('exercises.notes.title')}
    >
      {[...notes]
        .sort((a, b) => b.exercise_ms - a.exercise_ms)
        .map((n) => (
          <Stack
            key={n.id}
            component="li"
            gap={2}
            pl="xs"
            style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
          >
            <Text size="xs" c="dimmed">
              <Text span ff="monospace" fw={700}>
                {offsetLabel(n.exercise_ms)}
              </Text>
              {n.author_name && ` · ${n.author_name}`}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
              {n.text}
            </Text>
          </Stack>
        ))}
    </Stack>
  );
}
