// Admin: the secret that signs outgoing webhooks (Standard Webhooks), to give to the receivers that check it.
import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { IconEye, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWebhookSecret } from '../../api/messages';
import { QueryState } from '../query-state';
import { Section } from '../section';
import { CopyValue } from '../triage/copy-value';

export function WebhookSecretSection() {
  const { t } = useTranslation();
  // Not asked for until someone wants to see it: a secret on screen is a secret on a screenshot.
  const [shown, setShown] = useState(false);
  const secret = useWebhookSecret(shown);
  return (
    <Section
      id="webhook-secret"
      title={t('messages.webhook.title')}
      description={t('messages.webhook.intro')}
    >
      {shown ? (
        <QueryState query={secret} rows={1}>
          {({ secret: value }) => (
            <CopyValue value={value} label={t('messages.webhook.copy')} testId="webhook-secret" />
          )}
        </QueryState>
      ) : (
        <div>
          <Button
            variant="default"
            leftSection={<IconEye size={16} aria-hidden />}
            onClick={() => setShown(true)}
          >
            {t('messages.webhook.show')}
          </Button>
        </div>
      )}
      <Text size="sm" c="dimmed">
        <IconKey size={14} aria-hidden style={{ verticalAlign: -2 }} /> {t('messages.webhook.how')}
      </Text>
    </Section>
  );
}
