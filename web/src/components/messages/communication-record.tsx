// Every audience's record of published messages: the audiences that heard from us first (in the order they first
// did), the rest named in one line. On paper without the app around it.
import { useEffect } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Communication, Message } from '../../api/messages';
import { AudienceRecord } from './audience-record';
import './communication-record.css';

interface Props {
  communication: Communication;
  messages: Message[];
  ikey: string;
}

export function CommunicationRecord({ communication, messages, ikey }: Props) {
  const { t } = useTranslation();
  // Printing this page prints the record only: the navigation and header stay off the paper.
  useEffect(() => {
    document.body.classList.add('print-record');
    return () => document.body.classList.remove('print-record');
  }, []);
  const published = messages
    .filter((m) => m.status === 'published' && m.published_at)
    .sort((a, b) => Date.parse(a.published_at!) - Date.parse(b.published_at!));
  const first = (audienceId: string) => published.findIndex((m) => m.audience_id === audienceId);
  const told = communication.audiences
    .filter((a) => first(a.audience_id) >= 0)
    .sort((a, b) => first(a.audience_id) - first(b.audience_id));
  const notYet = communication.audiences.filter((a) => first(a.audience_id) < 0);
  return (
    <Stack gap="xl">
      {told.map((a) => (
        <AudienceRecord
          key={a.audience_id}
          audience={a}
          messages={published.filter((m) => m.audience_id === a.audience_id)}
          ikey={ikey}
        />
      ))}
      {notYet.length > 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          {t('messages.record.not_yet', { audiences: notYet.map((a) => a.name).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
