// Every audience's record of published messages, in the plan's order; on paper without the app around it.
import { useEffect } from 'react';
import { Stack } from '@mantine/core';
import type { Communication, Message } from '../../api/messages';
import { AudienceRecord } from './audience-record';
import './communication-record.css';

export function CommunicationRecord({
  communication,
  messages,
  ikey,
}: {
  communication: Communication;
  messages: Message[];
  ikey: string;
}) {
  // Printing this page prints the record only: the navigation and header stay off the paper.
  useEffect(() => {
    document.body.classList.add('print-record');
    return () => document.body.classList.remove('print-record');
  }, []);
  const published = messages
    .filter((m) => m.status === 'published' && m.published_at)
    .sort((a, b) => Date.parse(a.published_at!) - Date.parse(b.published_at!));
  return (
    <Stack gap="xl">
      {communication.audiences.map((a) => (
        <AudienceRecord
          key={a.audience_id}
          audience={a}
          messages={published.filter((m) => m.audience_id === a.audience_id)}
          ikey={ikey}
        />
      ))}
    </Stack>
  );
}
