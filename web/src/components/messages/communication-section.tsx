// Communication on the incident page: each audience with its last and next update and what waits for approval,
// then the messages, newest first. For the communications lead this is the main work, so it sits high up.
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconListCheck, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IncidentDetail } from '../../api/incidents';
import { useCommunication, useMessages } from '../../api/messages';
import { IncidentSection } from '../incidents/incident-section';
import { QueryState } from '../query-state';
import { AudienceRow } from './audience-row';
import { MessageList } from './message-list';

const SHOWN_MESSAGES = 6;
// Soonest due first; audiences with no update due (resolved, or the incident is winding down) last.
const due = (at: string | null) => (at ? Date.parse(at) : Infinity);

export function CommunicationSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const communication = useCommunication(ikey, incident.id);
  const messages = useMessages(ikey, incident.id);
  const record = `/incidents/${encodeURIComponent(ikey)}/communication`;
  return (
    <IncidentSection
      id="communication"
      title={t('messages.section.title')}
      description={t('messages.section.intro')}
    >
      {incident.exercise && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconSchool size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" fw={600}>
            {t('messages.exercise.captured')}
          </Text>
        </Group>
      )}
      <QueryState query={communication} rows={3}>
        {(c) => {
          const audiences = [...c.audiences].sort((a, b) => due(a.next_due_at) - due(b.next_due_at));

          return (
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('messages.section.audiences')}
            >
              {audiences.map((a) => (
                <AudienceRow
                  key={a.audience_id}
                  audience={a}
                  ikey={ikey}
                  incidentId={incident.id}
                  canWrite={incident.can_act}
                />
              ))}
            </Stack>
          );
        }}
      </QueryState>
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={3} fz="md">
          {t('messages.list.title')}
        </Title>
        <Anchor component={Link} to={record} size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            <IconListCheck size={16} aria-hidden />
            {t('messages.record.link')}
          </Group>
        </Anchor>
      </Group>
      <QueryState query={messages} rows={2}>
        {(items) =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('messages.list.none')}
            </Text>
          ) : (
            <>
              <MessageList messages={items.slice(0, SHOWN_MESSAGES)} ikey={ikey} />
              {items.length > SHOWN_MESSAGES && (
                <Anchor component={Link} to={record} size="sm">
                  {t('messages.list.all', { count: items.length })}
                </Anchor>
              )}
            </>
          )
        }
      </QueryState>
    </IncidentSection>
  );
}
