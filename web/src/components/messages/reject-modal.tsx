// Sending a message back to its author: the comment says what to change, and the author sees it on the draft.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { FormAlert } from '../form-alert';

interface Props {
  opened: boolean;
  author: string | null;
  loading: boolean;
  error: unknown;
  onReject: (comment: string) => void;
  onClose: () => void;
}

export function RejectModal({ opened, author, loading, error, onReject, onClose }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (comment.trim()) onReject(comment.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('messages.reject.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {t('messages.reject.intro', { name: author ?? t('messages.approvals.someone') })}
          </Text>
          <Textarea
            label={t('messages.reject.comment')}
            description={t('messages.reject.comment_hint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={fieldError(error, 'comment')}
          />
          <FormAlert error={error} fields={['comment']} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} disabled={!comment.trim()}>
              {t('messages.reject.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
