// A participant's short feedback after the exercise: how useful it was (1 to 5), what went well, what to improve.
import { useState } from 'react';
import { Button, Group, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useExerciseChange, type Exercise, type FeedbackInput } from '../../api/exercises';
import { FormAlert } from '../form-alert';

export function FeedbackForm({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const mine = exercise.my_feedback;
  const [rating, setRating] = useState(mine?.rating ?? 0);
  const [wentWell, setWentWell] = useState(mine?.went_well ?? '');
  const [toImprove, setToImprove] = useState(mine?.to_improve ?? '');
  const [saved, setSaved] = useState(false);
  const send = useExerciseChange(
    exercise.id,
    (c, v: FeedbackInput) => c.feedback(v),
    () => setSaved(true),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        send.mutate({ rating, went_well: wentWell, to_improve: toImprove });
      }}
    >
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="feedback-rating">
            {t('exercises.feedback.rating')}
          </Text>
          <Group gap="sm">
            <Rating
              value={rating}
              onChange={setRating}
              size="lg"
              aria-labelledby="feedback-rating"
              getSymbolLabel={(v) => t(`exercises.feedback.rating_${v}`)}
            />
            <Text size="sm" c="dimmed">
              {rating > 0 ? t(`exercises.feedback.rating_${rating}`) : t('exercises.feedback.rating_none')}
            </Text>
          </Group>
          {fieldError(send.error, 'rating') && (
            <Text size="sm" c="red">
              {fieldError(send.error, 'rating')}
            </Text>
          )}
        </Stack>
        <Textarea
          label={t('exercises.feedback.went_well')}
          autosize
          minRows={2}
          value={wentWell}
          onChange={(e) => setWentWell(e.currentTarget.value)}
          error={fieldError(send.error, 'went_well')}
        />
        <Textarea
          label={t('exercises.feedback.to_improve')}
          autosize
          minRows={2}
          value={toImprove}
          onChange={(e) => setToImprove(e.currentTarget.value)}
          error={fieldError(send.error, 'to_improve')}
        />
        <FormAlert error={send.error} fields={['rating', 'went_well', 'to_improve']} />
        <Group gap="sm">
          <Button type="submit" loading={send.isPending} disabled={rating === 0}>
            {mine ? t('exercises.feedback.update') : t('exercises.feedback.send')}
          </Button>
          {saved && (
            <Text size="sm" c="green.8" role="status">
              {t('exercises.feedback.thanks')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
