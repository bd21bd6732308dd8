// The last check before a message goes out: to whom, over which channels, and that it cannot be taken back.
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconSchool, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/messages';
import { FormAlert } from '../form-alert';
import { channelName } from './channel-words';

interface Props {
  opened: boolean;
  message: Message;
  recipients: number;
  loading: boolean;
  error: unknown;
  onPublish: () => void;
  onClose: () => void;
}

export function PublishModal({ opened, message, recipients, loading, error, onPublish, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('messages.publish.title', { audience: message.audience_name })}
      centered
    >
      <Stack>
        {message.exercise && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconSchool aria-hidden />}
            title={t('messages.exercise.title')}
          >
            {t('messages.publish.exercise')}
          </Alert>
        )}
        <Text size="sm">{t('messages.publish.intro')}</Text>
        <List size="sm" spacing={4}>
          {message.channels.map((c) => (
            <List.Item key={c}>
              <Text span size="sm" fw={600}>
                {channelName(t, c)}
              </Text>
              {c === 'email' && (
                <Text span size="sm">
                  {' '}
                  {t('messages.publish.email_recipients', { count: recipients })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('messages.publish.final')}
        </Text>
        <FormAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            loading={loading}
            onClick={onPublish}
            data-autofocus
          >
            {t('messages.publish.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
