// The facilitator's console while the exercise runs: the clock and its controls, where the team is (the exercise
// incident), the injects in order with "fire now", an ad-hoc inject, the expectations turning met / late / missed,
// and notes. Two columns on a wide screen; one on a phone, the controls first.
import { useState } from 'react';
import { Alert, Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAlertOctagon, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useExerciseChange, type Exercise } from '../../api/exercises';
import { FormAlert } from '../form-alert';
import { Section } from '../section';
import { AdHocInjectModal } from './ad-hoc-inject-modal';
import { ConsoleControls } from './console-controls';
import { useExerciseMs } from './exercise-clock';
import { ExpectationList, ScoreBadges } from './expectation-list';
import { InjectCard } from './inject-card';
import { NotesPanel } from './notes-panel';

export function FacilitatorConsole({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const nowMs = useExerciseMs(exercise, 15_000);
  const [adding, adHoc] = useDisclosure(false);
  const [firing, setFiring] = useState<string | null>(null);
  const fire = useExerciseChange(
    exercise.id,
    (c, injectId: string) => c.fire(injectId),
    () => setFiring(null),
  );
  const upcoming = exercise.injects.filter((i) => !i.fired).sort((a, b) => a.due_ms - b.due_ms);
  const fired = exercise.injects.filter((i) => i.fired).sort((a, b) => (b.fired_ms ?? 0) - (a.fired_ms ?? 0));

  const incident = (
    <Alert
      color={exercise.incident ? 'blue' : 'gray'}
      variant="light"
      icon={<IconAlertOctagon aria-hidden />}
      title={t('exercises.console.incident')}
    >
      {exercise.incident ? (
        <Stack gap={4}>
          <Text size="sm">{t('exercises.console.incident_open')}</Text>
          <Anchor component={Link} to={`/incidents/${exercise.incident.id}`} fw={600}>
            {t('exercises.console.open_incident', { reference: exercise.incident.reference })}
          </Anchor>
        </Stack>
      ) : (
        <Text size="sm">{t('exercises.console.incident_none')}</Text>
      )}
    </Alert>
  );

  const injects = (
    <Section
      id="injects"
      title={t('exercises.injects.title')}
      description={t('exercises.injects.intro_facilitator')}
    >
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={adHoc.open}>
          {t('exercises.adhoc.button')}
        </Button>
      </Group>
      <FormAlert error={fire.error} />
      {upcoming.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={700}>
            {t('exercises.injects.upcoming', { count: upcoming.length })}
          </Text>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {upcoming.map((i, n) => (
              <InjectCard
                key={i.id}
                inject={i}
                nowMs={nowMs}
                // The next one is what the facilitator prepares for: its text and notes are open.
                open={n === 0}
                firing={firing === i.id && fire.isPending}
                onFire={() => {
                  setFiring(i.id);
                  fire.mutate(i.id);
                }}
              />
            ))}
          </Stack>
        </Stack>
      )}
      <Stack gap="xs">
        <Text size="sm" fw={700}>
          {t('exercises.injects.fired', { count: fired.length })}
        </Text>
        {fired.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('exercises.injects.none_fired')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {fired.map((i) => (
              <InjectCard key={i.id} inject={i} open={false} />
            ))}
          </Stack>
        )}
      </Stack>
    </Section>
  );

  const expectations = (
    <Section
      id="expectations"
      title={t('exercises.expectations.title')}
      description={t('exercises.expectations.intro_live')}
    >
      <ScoreBadges score={exercise.score} />
      <ExpectationList expectations={exercise.expectations} />
    </Section>
  );

  const notes = (
    <Section id="notes" title={t('exercises.notes.title')} description={t('exercises.notes.intro')}>
      <NotesPanel exercise={exercise} canWrite />
    </Section>
  );

  return (
    <>
      {wide ? (
        <Grid gap="lg">
          <Grid.Col span={7}>
            <Stack gap="lg">
              <ConsoleControls exercise={exercise} />
              {injects}
            </Stack>
          </Grid.Col>
          <Grid.Col span={5}>
            <Stack gap="lg">
              {incident}
              {expectations}
              {notes}
            </Stack>
          </Grid.Col>
        </Grid>
      ) : (
        <Stack gap="lg">
          <ConsoleControls exercise={exercise} />
          {incident}
          {expectations}
          {notes}
          {injects}
        </Stack>
      )}
      <AdHocInjectModal exercise={exercise} opened={adding} onClose={adHoc.close} />
    </>
  );
}
