// The top of a message page: the way back to the incident, whom the message is for, its state and its origin.
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IncidentDetail } from '../../api/incidents';
import type { Message } from '../../api/messages';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { ExerciseBadge } from '../incidents/incident-flags';
import { LiveIndicator } from '../incidents/live-indicator';
import type { LiveState } from '../../lib/use-incident-events';
import { channelList } from './channel-words';
import { MessageStatusBadge } from './message-status-badge';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  /** The message, or null while a new one is being started. */
  message: Message | null;
  audienceName?: string;
  live?: LiveState;
}

export function MessageHeader({ incident, ikey, message, audienceName, live }: Props) {
  const { t } = useTranslation();
  const audience = message?.audience_name ?? audienceName;
  const title = audience ? t('messages.page.title', { audience }) : t('messages.page.new_title');
  usePageTitle(`${title} · ${incident.reference}`);
  return (
    <Stack gap={6} mb="md">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Anchor component={Link} to={`/incidents/${encodeURIComponent(ikey)}`} size="sm" miw={0}>
          <Group gap={4} wrap="nowrap" component="span">
            <IconArrowLeft size={16} aria-hidden style={{ flexShrink: 0 }} />
            <Text span size="sm" truncate>
              {incident.reference} · {incident.title}
            </Text>
          </Group>
        </Anchor>
        {live && <LiveIndicator state={live} />}
      </Group>
      <Group gap="sm" wrap="wrap" align="center">
        <Title order={1} fz={{ base: 22, sm: 28 }} lh={1.25}>
          {title}
        </Title>
        {message && <MessageStatusBadge status={message.status} size="lg" />}
        {incident.exercise && <ExerciseBadge size="md" />}
      </Group>
      {message && (
        <Text size="sm" c="dimmed">
          {[
            t('messages.page.written_by', {
              name: message.author_name ?? t('messages.approvals.someone'),
              when: formatDateTime(message.created_at),
            }),
            t(`messages.kind.${message.kind}`),
            channelList(t, message.channels),
            message.fact_sheet_version
              ? t('messages.page.facts_version', { version: message.fact_sheet_version })
              : t('messages.page.no_facts'),
          ].join(' · ')}
        </Text>
      )}
    </Stack>
  );
}
