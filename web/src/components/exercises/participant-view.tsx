// A participant's view of a running exercise: what to do (declare the exercise incident when nobody has yet, then
// work it as a real one), and every inject received so far, newest first.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useExerciseChange, type Exercise } from '../../api/exercises';
import { useAccount } from '../../lib/session';
import { FormAlert } from '../form-alert';
import { Section } from '../section';
import { InjectCard } from './inject-card';
import { ScenarioText } from './scenario-text';

export function ParticipantView({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayDeclare = useAccount().access_level !== 'viewer';
  const declare = useExerciseChange(
    exercise.id,
    (c) => c.declare({}),
    (e) => e.incident && void navigate(`/incidents/${e.incident.id}`),
  );
  const injects = [...exercise.injects].sort((a, b) => (b.fired_ms ?? 0) - (a.fired_ms ?? 0));
  return (
    <Stack gap="lg">
      {exercise.incident ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconAlertOctagon aria-hidden />}
          title={t('exercises.participant.work_title')}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('exercises.participant.work_body')}</Text>
            <Button
              component={Link}
              to={`/incidents/${exercise.incident.id}`}
              rightSection={<IconArrowRight size={16} aria-hidden />}
            >
              {t('exercises.participant.open_incident', { reference: exercise.incident.reference })}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertOctagon aria-hidden />}
          title={t('exercises.participant.declare_title')}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('exercises.participant.declare_body')}</Text>
            {mayDeclare && (
              <Button color="red" loading={declare.isPending} onClick={() => declare.mutate(undefined)}>
                {t('exercises.participant.declare')}
              </Button>
            )}
            <FormAlert error={declare.error} />
          </Stack>
        </Alert>
      )}
      {exercise.description && <ScenarioText source={exercise.description} />}
      <Section
        id="injects"
        title={t('exercises.injects.title')}
        description={t('exercises.injects.intro_participant')}
      >
        {injects.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('exercises.injects.none_yet')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {injects.map((i) => (
              <InjectCard key={i.id} inject={i} />
            ))}
          </Stack>
        )}
      </Section>
    </Stack>
  );
}
