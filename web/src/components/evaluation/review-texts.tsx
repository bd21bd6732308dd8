// The team's shared texts: how the communication went (who heard what, when, and was it clear) and the lessons.
// Editable while the review is open; afterwards (or for those who only read) shown as written.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useReviewChange, type Review } from '../../api/evaluation';
import { formatDateTime } from '../../lib/format';
import { FormAlert } from '../form-alert';

export function ReviewTexts({ review, ikey }: { review: Review; ikey: string }) {
  const { t } = useTranslation();
  const [communication, setCommunication] = useState(review.communication_assessment);
  const [lessons, setLessons] = useState(review.lessons);
  const dirty = communication !== review.communication_assessment || lessons !== review.lessons;
  // Someone else saved (the live stream refreshed the review): a field this person has not touched takes theirs.
  const seen = useRef({ communication: review.communication_assessment, lessons: review.lessons });
  useEffect(() => {
    const before = seen.current;
    setCommunication((c) => (c === before.communication ? review.communication_assessment : c));
    setLessons((l) => (l === before.lessons ? review.lessons : l));
    seen.current = { communication: review.communication_assessment, lessons: review.lessons };
  }, [review.communication_assessment, review.lessons]);
  const save = useReviewChange<void, Review>(
    ikey,
    review.incident.id,
    (api) => api.saveTexts({ communication_assessment: communication.trim(), lessons: lessons.trim() }),
    (saved) => {
      setCommunication(saved.communication_assessment);
      setLessons(saved.lessons);
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const updated =
    review.texts_updated_at &&
    t('evaluation.texts.updated', {
      name: review.texts_updated_by_name ?? t('incidents.event_sentence.system'),
      when: formatDateTime(review.texts_updated_at),
    });

  if (!review.editable)
    return (
      <Stack gap="md">
        <ReadOnly title={t('evaluation.texts.communication')} text={review.communication_assessment} />
        <ReadOnly title={t('evaluation.texts.lessons')} text={review.lessons} />
        {updated && (
          <Text size="xs" c="dimmed">
            {updated}
          </Text>
        )}
      </Stack>
    );

  return (
    <form onSubmit={submit} noValidate aria-label={t('evaluation.texts.form_label')}>
      <Stack gap="md">
        <Textarea
          label={t('evaluation.texts.communication')}
          description={t('evaluation.texts.communication_hint')}
          autosize
          minRows={3}
          maxRows={14}
          value={communication}
          onChange={(e) => setCommunication(e.currentTarget.value)}
          error={fieldError(save.error, 'communication_assessment')}
        />
        <Textarea
          label={t('evaluation.texts.lessons')}
          description={t('evaluation.texts.lessons_hint')}
          autosize
          minRows={3}
          maxRows={14}
          value={lessons}
          onChange={(e) => setLessons(e.currentTarget.value)}
          error={fieldError(save.error, 'lessons')}
        />
        <FormAlert error={save.error} fields={['communication_assessment', 'lessons']} />
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {dirty ? t('evaluation.texts.unsaved') : updated}
          </Text>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            {t('evaluation.texts.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReadOnly({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} fz="md">
        {title}
      </Title>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap' }}
        className="break-anywhere"
        c={text ? undefined : 'dimmed'}
      >
        {text || t('evaluation.texts.empty')}
      </Text>
    </Stack>
  );
}
