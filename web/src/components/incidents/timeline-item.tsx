// One moment on the incident's timeline: when, what in words, any reason or note, and pinning it as a key moment.
import { ActionIcon, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPin, IconPinFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentEvent } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { eventSentence, type EventNames } from './event-sentence';
import { shortDateTime } from './when';

interface Props {
  event: IncidentEvent;
  names: EventNames;
  canPin: boolean;
  busy: boolean;
  onPin: (pinned: boolean) => void;
}

export function TimelineItem({ event, names, canPin, busy, onPin }: Props) {
  const { t } = useTranslation();
  const { sentence, detail } = eventSentence(t, event, names);
  const pinLabel = event.pinned ? t('incidents.timeline.unpin') : t('incidents.timeline.pin');
  return (
    <Group
      component="li"
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py={8}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Text
        component="time"
        dateTime={event.at}
        size="xs"
        c="dimmed"
        w={{ base: 52, sm: 84 }}
        pt={2}
        style={{ flexShrink: 0 }}
        title={formatDateTime(event.at)}
      >
        {shortDateTime(event.at)}
      </Text>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" className="break-anywhere">
          {sentence}
        </Text>
        {detail && (
          <Text
            size="sm"
            c="gray.8"
            pl="xs"
            style={{ borderLeft: '3px solid var(--mantine-color-gray-3)', whiteSpace: 'pre-wrap' }}
            className="break-anywhere"
          >
            {detail}
          </Text>
        )}
      </Stack>
      {canPin ? (
        <Tooltip label={pinLabel}>
          <ActionIcon
            variant={event.pinned ? 'light' : 'subtle'}
            color={event.pinned ? 'yellow.8' : 'gray'}
            aria-label={pinLabel}
            aria-pressed={event.pinned}
            loading={busy}
            onClick={() => onPin(!event.pinned)}
          >
            {event.pinned ? <IconPinFilled size={16} aria-hidden /> : <IconPin size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      ) : (
        event.pinned && (
          <IconPinFilled
            size={16}
            color="var(--mantine-color-yellow-8)"
            aria-label={t('incidents.timeline.pinned')}
            role="img"
            style={{ flexShrink: 0, marginTop: 2 }}
          />
        )
      )}
    </Group>
  );
}
