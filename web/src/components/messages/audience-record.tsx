// "Who heard what, when" for one audience: its published messages in order, with time, channels, subject, who
// approved and what was delivered. Printable, so it can go into the evaluation or to a regulator.
import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AudienceCommunication, Message } from '../../api/messages';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../data-table';
import { channelList } from './channel-words';
import { DeliverySummary } from './delivery-summary';

interface Props {
  audience: AudienceCommunication;
  /** This audience's published messages, oldest first. */
  messages: Message[];
  ikey: string;
}

export function AudienceRecord({ audience, messages, ikey }: Props) {
  const { t } = useTranslation();
  const columns: Column<Message>[] = [
    {
      key: 'time',
      label: t('messages.record.time'),
      render: (m) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(m.published_at)}
        </Text>
      ),
    },
    {
      key: 'subject',
      label: t('messages.record.subject'),
      primary: true,
      render: (m) => (
        <Stack gap={2}>
          <Anchor
            component={Link}
            to={`/incidents/${encodeURIComponent(ikey)}/messages/${encodeURIComponent(m.id)}`}
            fw={600}
            size="sm"
          >
            {m.contents[0]?.subject}
          </Anchor>
          {m.contents.length > 1 && (
            <Text size="xs" c="dimmed">
              {m.contents
                .slice(1)
                .map((c) => c.subject)
                .join(' · ')}
            </Text>
          )}
          {m.corrects_id && (
            <Badge size="xs" variant="outline" color="grape" tt="none" w="fit-content">
              {t('messages.list.correction')}
            </Badge>
          )}
          {m.corrected_by_id && (
            <Badge size="xs" variant="outline" color="gray" tt="none" w="fit-content">
              {t('messages.record.corrected_later')}
            </Badge>
          )}
        </Stack>
      ),
    },
    { key: 'channels', label: t('messages.record.channels'), render: (m) => channelList(t, m.channels) },
    {
      key: 'approved',
      label: t('messages.record.approved_by'),
      render: (m) => (
        <Stack gap={0}>
          {m.approvals
            .filter((a) => a.at)
            .map((a) => (
              <Text key={a.role_id} size="sm">
                {t(
                  a.via === 'submission' ? 'messages.record.approver_submission' : 'messages.record.approver',
                  {
                    name: a.by_name ?? t('messages.approvals.someone'),
                    role: a.role_name,
                  },
                )}
              </Text>
            ))}
          {m.published_by_name && (
            <Text size="xs" c="dimmed">
              {t('messages.record.published_by', { name: m.published_by_name })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'deliveries',
      label: t('messages.record.deliveries'),
      render: (m) => <DeliverySummary counts={m.deliveries} />,
    },
  ];
  return (
    <Stack gap="xs" component="section" className="record-audience">
      <Title order={2} fz="lg">
        {audience.name}
      </Title>
      <Text size="sm" c="dimmed">
        {channelList(t, audience.channels)} · {t('messages.record.count', { count: messages.length })}
      </Text>
      {messages.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('messages.record.none')}
        </Text>
      ) : (
        <DataTable
          caption={t('messages.record.caption', { audience: audience.name })}
          columns={columns}
          rows={messages}
          rowKey={(m) => m.id}
          empty={{ title: t('messages.record.none') }}
        />
      )}
    </Stack>
  );
}
