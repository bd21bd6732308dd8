// The incident's messages, newest first: state, audience, subject, who wrote it, approvals, facts and deliveries.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Message } from '../../api/messages';
import { formatDateTime } from '../../lib/format';
import { shortDateTime } from '../incidents/when';
import { channelList } from './channel-words';
import { DeliverySummary } from './delivery-summary';
import { approvalProgress } from './message-steps';
import { MessageStatusBadge } from './message-status-badge';

export function MessageList({ messages, ikey }: { messages: Message[]; ikey: string }) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('messages.list.title')}
    >
      {messages.map((m) => (
        <MessageItem key={m.id} message={m} ikey={ikey} />
      ))}
    </Stack>
  );
}

function MessageItem({ message: m, ikey }: { message: Message; ikey: string }) {
  const { t } = useTranslation();
  const subject = m.contents[0]?.subject.trim() || t('messages.list.no_subject');
  const progress = approvalProgress(m);
  const when = m.published_at ?? m.updated_at;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap={6} wrap="wrap">
            <MessageStatusBadge status={m.status} size="sm" />
            <Text size="sm" fw={600}>
              {m.audience_name}
            </Text>
            {m.status === 'draft' && m.rejection && (
              <Badge size="sm" variant="light" color="red" tt="none">
                {t('messages.list.sent_back')}
              </Badge>
            )}
            {m.corrects_id && (
              <Badge
                size="sm"
                variant="outline"
                color="grape"
                tt="none"
                leftSection={<IconArrowBackUp size={12} aria-hidden />}
              >
                {t('messages.list.correction')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" title={formatDateTime(when)} style={{ whiteSpace: 'nowrap' }}>
            {shortDateTime(when)}
          </Text>
        </Group>
        <Anchor
          component={Link}
          to={`/incidents/${encodeURIComponent(ikey)}/messages/${encodeURIComponent(m.id)}`}
          fw={600}
          c="inherit"
          className="break-anywhere"
        >
          {subject}
        </Anchor>
        <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
          <Text size="xs" c="dimmed">
            {channelList(t, m.channels)} · {m.contents.map((c) => c.language.toUpperCase()).join(' + ')}
          </Text>
          {m.author_name && (
            <Text size="xs" c="dimmed">
              {t('messages.list.by', { name: m.author_name })}
            </Text>
          )}
          {(m.status === 'in_review' || m.status === 'approved') && progress.total > 0 && (
            <Text size="xs" c={m.status === 'approved' ? 'green.8' : 'dimmed'}>
              {t('messages.list.approvals', progress)}
            </Text>
          )}
          {m.status === 'published' && <DeliverySummary counts={m.deliveries} size="xs" />}
        </Group>
        {m.facts_changed && m.status !== 'published' && (
          <Group gap={4} wrap="nowrap">
            <IconAlertTriangle size={14} aria-hidden color="var(--mantine-color-orange-7)" />
            <Text size="xs" c="orange.9" fw={600}>
              {t('messages.list.facts_changed')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
