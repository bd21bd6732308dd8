// On the exercise incident's own page: the injects as they arrive (the incident's event stream refreshes the
// timeline they are read from), newest first and the newest opened, with the way to the exercise's page.
import { Alert, Anchor, Badge, Group, Spoiler, Stack, Text } from '@mantine/core';
import { IconPlayerPause, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offsetLabel, type InjectEventPayload } from '../../api/exercises';
import { useIncidentTimeline, type IncidentDetail } from '../../api/incidents';
import { MarkdownPreview } from '../messages/markdown-preview';
import { Section } from '../section';

const SHOWN = 5;
const CLOCK_EVENTS = ['exercise.paused', 'exercise.resumed', 'exercise.ended'];

export function IncidentInjects({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const timeline = useIncidentTimeline(ikey, ['exercise']);
  if (!incident.exercise) return null;
  const events = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  // Newest first: the latest of paused, resumed and ended says where the exercise clock stands.
  const clock = events.find((e) => CLOCK_EVENTS.includes(e.type))?.type;
  const injects = events
    .filter((e) => e.type === 'exercise.inject')
    .map((e) => ({ id: e.id, at: e.at, ...(e.payload as unknown as InjectEventPayload) }));
  const linked = events.find((e) => typeof e.payload.exercise_id === 'string')?.payload.exercise_id;
  const exerciseId = typeof linked === 'string' ? linked : undefined;
  if (timeline.isPending) return null;
  return (
    <Section
      id="exercise-injects"
      title={t('exercises.incident.title')}
      description={t('exercises.incident.intro')}
    >
      {(clock === 'exercise.paused' || clock === 'exercise.ended') && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconPlayerPause aria-hidden />}
          title={clock === 'exercise.paused' ? t('exercises.incident.paused') : t('exercises.incident.ended')}
        >
          {clock === 'exercise.paused'
            ? t('exercises.incident.paused_body')
            : t('exercises.incident.ended_body')}
        </Alert>
      )}
      {injects.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('exercises.injects.none_yet')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-live="polite">
          {injects.slice(0, SHOWN).map((i, n) => (
            <Stack
              key={i.id}
              component="li"
              gap={4}
              pb="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group gap={6} wrap="wrap">
                <Text ff="monospace" fw={700} size="sm">
                  {offsetLabel(i.fired_ms)}
                </Text>
                {n === 0 && (
                  <Badge
                    size="sm"
                    color="yellow"
                    c="dark"
                    tt="none"
                    leftSection={<IconSchool size={12} aria-hidden />}
                  >
                    {t('exercises.incident.latest')}
                  </Badge>
                )}
                <Text fw={600} className="break-anywhere">
                  {i.title}
                </Text>
              </Group>
              {i.from && (
                <Text size="sm" c="dimmed">
                  {t('exercises.inject.from', { from: i.from })}
                </Text>
              )}
              {n === 0 ? (
                <MarkdownPreview source={i.body} />
              ) : (
                <Spoiler
                  maxHeight={0}
                  showLabel={t('exercises.inject.show_text')}
                  hideLabel={t('exercises.inject.hide_text')}
                >
                  <MarkdownPreview source={i.body} />
                </Spoiler>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      {exerciseId && (
        <Anchor component={Link} to={`/exercises/${exerciseId}`} size="sm">
          {t('exercises.incident.all')}
        </Anchor>
      )}
    </Section>
  );
}
