// The incident's timeline: a note, the pinned key moments on top, then everything newest first, by type.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Chip, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPinFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import {
  useIncidentChange,
  useIncidentTimeline,
  usePlanForPickers,
  type IncidentDetail,
  type IncidentEvent,
} from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { QueryState } from '../query-state';
import { IncidentSection } from './incident-section';
import { EVENT_GROUPS, eventNames } from './event-sentence';
import { TimelineItem } from './timeline-item';

export function TimelineSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const [groups, setGroups] = useState<string[]>([]);
  const types = groups.flatMap((g) => EVENT_GROUPS[g] ?? []);
  const timeline = useIncidentTimeline(ikey, types);
  const pinned = useIncidentTimeline(ikey, [], true);
  const pin = useIncidentChange<{ id: string; pinned: boolean }>(ikey, incident.id, (api, v) =>
    api.pin(v.id, v.pinned),
  );
  const plan = usePlanForPickers(incident.can_act);
  const names = eventNames(incident, new Map(plan.data?.plan.severities.map((x) => [x.id, x.name])));
  const list = (events: IncidentEvent[]) => (
    <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {events.map((e) => (
        <TimelineItem
          key={e.id}
          event={e}
          names={names}
          canPin={incident.can_act}
          busy={pin.isPending && pin.variables?.id === e.id}
          onPin={(p) => pin.mutate({ id: e.id, pinned: p })}
        />
      ))}
    </Stack>
  );
  const keyMoments = pinned.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <IncidentSection
      id="timeline"
      title={t('incidents.timeline.title')}
      description={t('incidents.timeline.intro')}
    >
      {incident.can_act && <NoteForm incident={incident} ikey={ikey} />}
      {keyMoments.length > 0 && (
        <Paper p="sm" radius="md" bg="yellow.0" style={{ border: '1px solid var(--mantine-color-yellow-3)' }}>
          <Group gap={6} mb={4}>
            <IconPinFilled size={16} aria-hidden color="var(--mantine-color-yellow-8)" />
            <Title order={3} fz="md">
              {t('incidents.timeline.key_moments')}
            </Title>
          </Group>
          {list(keyMoments)}
        </Paper>
      )}
      <FormAlert error={pin.error} />
      <Chip.Group multiple value={groups} onChange={setGroups}>
        <Group gap={6} role="group" aria-label={t('incidents.timeline.filter')}>
          {Object.keys(EVENT_GROUPS).map((g) => (
            <Chip key={g} value={g} size="sm" variant="outline">
              {t(`incidents.timeline.group.${g}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <QueryState query={timeline} rows={5}>
        {(data) => {
          const events = data.pages.flatMap((p) => p.items);
          return events.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('incidents.timeline.none')}
            </Text>
          ) : (
            <>
              {list(events)}
              {timeline.hasNextPage && (
                <Group justify="center">
                  <Button
                    variant="default"
                    loading={timeline.isFetchingNextPage}
                    onClick={() => void timeline.fetchNextPage()}
                  >
                    {t('incidents.timeline.more')}
                  </Button>
                </Group>
              )}
            </>
          );
        }}
      </QueryState>
    </IncidentSection>
  );
}

function NoteForm({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [pinIt, setPinIt] = useState(false);
  const add = useIncidentChange<void>(
    ikey,
    incident.id,
    (api) => api.addNote(text.trim(), pinIt),
    () => {
      setText('');
      setPinIt(false);
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('incidents.timeline.note')}
          placeholder={t('incidents.timeline.note_placeholder')}
          autosize
          minRows={2}
          maxRows={8}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError(add.error, 'text')}
        />
        <FormAlert error={add.error} fields={['text']} />
        <Group justify="space-between" gap="sm">
          <Checkbox
            label={t('incidents.timeline.pin_note')}
            checked={pinIt}
            onChange={(e) => setPinIt(e.currentTarget.checked)}
          />
          <Button type="submit" loading={add.isPending} disabled={!text.trim()}>
            {t('incidents.timeline.add_note')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
