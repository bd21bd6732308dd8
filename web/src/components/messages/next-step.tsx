// One sentence at the top of a message: what this person should do now, or whom it is waiting for.
import { Alert, Group, Text } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AudienceCommunication, Message } from '../../api/messages';
import { formatDateTime } from '../../lib/format';
import { channelList } from './channel-words';
import { DeliverySummary } from './delivery-summary';
import { nextStep } from './message-steps';

export function NextStep({ message, audience }: { message: Message; audience?: AudienceCommunication }) {
  const { t } = useTranslation();
  const step = nextStep(message);
  const chain = message.approvals.map((a) => a.role_name).join(', ');
  const list = (names: string[]) => names.join(', ');
  const text = (() => {
    switch (step.key) {
      case 'fill_placeholders':
        return t('messages.next.fill_placeholders', { names: list(step.names.map((n) => `[[${n}]]`)) });
      case 'rejected':
        return t('messages.next.rejected');
      case 'submit':
        return t('messages.next.submit', { chain });
      case 'draft_other':
        return t('messages.next.draft_other', { name: message.author_name ?? '' });
      case 'approve':
        return t('messages.next.approve', { roles: list(step.roles) });
      case 'wait_approval':
        return t('messages.next.wait_approval', { roles: list(step.roles) });
      case 'publish':
        return message.channels.includes('email')
          ? t('messages.next.publish_email', {
              channels: channelList(t, message.channels),
              count: audience?.recipients ?? 0,
            })
          : t('messages.next.publish', { channels: channelList(t, message.channels) });
      case 'wait_publish':
        return t('messages.next.wait_publish');
      case 'published':
        return t('messages.next.published', {
          when: formatDateTime(message.published_at),
          name: message.published_by_name ?? '',
        });
      case 'corrected':
        return t('messages.next.corrected');
    }
  })();
  const done = step.key === 'published' || step.key === 'corrected';
  const waiting = step.key === 'wait_approval' || step.key === 'wait_publish' || step.key === 'draft_other';
  return (
    <Alert
      color={done ? 'green' : waiting ? 'gray' : step.key === 'fill_placeholders' ? 'yellow' : 'blue'}
      variant="light"
      icon={
        done ? (
          <IconCircleCheck aria-hidden />
        ) : waiting ? (
          <IconHourglass aria-hidden />
        ) : (
          <IconArrowRight aria-hidden />
        )
      }
      title={t(done ? 'messages.next.title_done' : 'messages.next.title')}
      data-testid="next-step"
    >
      {text}
      {step.key === 'published' && (
        <Group gap={6} mt={6}>
          <Text size="sm" fw={600}>
            {t('messages.deliveries.title')}:
          </Text>
          <DeliverySummary counts={message.deliveries} />
        </Group>
      )}
    </Alert>
  );
}
