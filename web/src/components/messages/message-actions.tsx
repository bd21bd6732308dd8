// The buttons a message's state offers this person, the main one first; reject and publish ask first.
import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCheck,
  IconDeviceFloppy,
  IconPencil,
  IconSend,
  IconSpeakerphone,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/messages';
import { messageActions } from './message-steps';
import { PublishModal } from './publish-modal';
import { RejectModal } from './reject-modal';

export interface ActionHandlers {
  save: () => void;
  submit: () => void;
  approve: (roleId: string) => void;
  reject: (comment: string, done: () => void) => void;
  edit: () => void;
  publish: (done: () => void) => void;
  correct: () => void;
}

interface Props {
  message: Message;
  editing: boolean;
  dirty: boolean;
  recipients: number;
  /** The action under way, to show its spinner, and the error of the last one. */
  busy: string | null;
  error: unknown;
  on: ActionHandlers;
}

export function MessageActions({ message: m, editing, dirty, recipients, busy, error, on }: Props) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const actions = messageActions(m, editing, dirty);
  const roleName = (id: string) => m.approvals.find((a) => a.role_id === id)?.role_name ?? id;
  if (actions.length === 0) return null;
  const main = (i: number) => (i === 0 ? 'filled' : 'default');

  return (
    <Group gap="sm" wrap="wrap" data-testid="message-actions">
      {actions.map((action, i) => {
        switch (action) {
          case 'save':
            return (
              <Button
                key={action}
                variant={main(i)}
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                loading={busy === 'save'}
                onClick={on.save}
              >
                {t('messages.action.save')}
              </Button>
            );
          case 'submit':
            return (
              <Button
                key={action}
                variant={main(i)}
                leftSection={<IconSend size={16} aria-hidden />}
                loading={busy === 'submit'}
                onClick={on.submit}
              >
                {dirty ? t('messages.action.save_submit') : t('messages.action.submit')}
              </Button>
            );
          case 'approve':
            return m.can.approve_as.map((role) => (
              <Button
                key={`approve-${role}`}
                color="green"
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={busy === `approve-${role}`}
                onClick={() => on.approve(role)}
              >
                {t('messages.action.approve_as', { role: roleName(role) })}
              </Button>
            ));
          case 'reject':
            return (
              <Button
                key={action}
                variant="default"
                color="red"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setRejecting(true)}
              >
                {t('messages.action.reject')}
              </Button>
            );
          case 'edit':
            return (
              <Button
                key={action}
                variant="subtle"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={on.edit}
              >
                {t('messages.action.edit')}
              </Button>
            );
          case 'publish':
            return (
              <Button
                key={action}
                variant={main(i)}
                leftSection={<IconSpeakerphone size={16} aria-hidden />}
                onClick={() => setPublishing(true)}
              >
                {t('messages.action.publish')}
              </Button>
            );
          case 'correct':
            return (
              <Button
                key={action}
                variant="light"
                color="grape"
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                loading={busy === 'correct'}
                onClick={on.correct}
              >
                {t('messages.action.correct')}
              </Button>
            );
        }
      })}
      <RejectModal
        opened={rejecting}
        author={m.author_name}
        loading={busy === 'reject'}
        error={rejecting ? error : null}
        onReject={(comment) => on.reject(comment, () => setRejecting(false))}
        onClose={() => setRejecting(false)}
      />
      <PublishModal
        opened={publishing}
        message={m}
        recipients={recipients}
        loading={busy === 'publish'}
        error={publishing ? error : null}
        onPublish={() => on.publish(() => setPublishing(false))}
        onClose={() => setPublishing(false)}
      />
    </Group>
  );
}
