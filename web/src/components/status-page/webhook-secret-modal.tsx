// A webhook subscriber's own signing secret, to hand to whoever runs the receiver so it can check each call.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Subscriber } from '../../api/status-page';
import { CopyValue } from '../triage/copy-value';
import { StatusModal } from './status-modal';

export function WebhookSecretModal({
  subscriber,
  onClose,
}: {
  subscriber: Subscriber | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <StatusModal opened={!!subscriber} onClose={onClose} title={t('status.secret.title')} size="lg">
      {subscriber && (
        <Stack gap="md">
          <Text size="sm" className="break-anywhere">
            {t('status.secret.intro', { address: subscriber.address })}
          </Text>
          {subscriber.webhook_secret ? (
            <CopyValue
              value={subscriber.webhook_secret}
              label={t('status.secret.copy')}
              testId="webhook-secret"
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('status.secret.none')}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('status.secret.how')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('status.secret.done')}</Button>
          </Group>
        </Stack>
      )}
    </StatusModal>
  );
}
