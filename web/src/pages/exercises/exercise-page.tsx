// One exercise: the facilitator's console while it runs, the participants' view (declare, injects as they arrive),
// and after the end the results, feedback and report. Marked EXERCISE / OEFENING throughout.
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useExercise } from '../../api/exercises';
import { ExerciseBanner } from '../../components/exercise-banner';
import { ExerciseResults } from '../../components/exercises/exercise-results';
import { STATUS_COLOR } from '../../components/exercises/exercise-words';
import { FacilitatorConsole } from '../../components/exercises/facilitator-console';
import { ParticipantView } from '../../components/exercises/participant-view';
import { useExerciseStream } from '../../components/exercises/use-exercise-stream';
import { QueryState } from '../../components/query-state';
import { ScenarioText } from '../../components/exercises/scenario-text';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

export default function ExercisePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const exercise = useExercise(id);
  const data = exercise.data;
  useExerciseStream(id, data?.incident?.id, !!data && data.status !== 'ended');
  usePageTitle(data ? data.title : t('exercises.page.title'));
  if (exercise.error instanceof ApiError && exercise.error.status === 404) return <NotFoundPage />;
  return (
    <QueryState query={exercise} rows={8}>
      {(e) => (
        <Stack gap="lg">
          <Stack gap="sm">
            <ExerciseBanner title={t('exercises.banner.title')}>
              {e.status === 'ended' ? t('exercises.banner.ended') : t('exercises.banner.body')}
            </ExerciseBanner>
            <Group gap="xs" wrap="wrap">
              <Badge color={STATUS_COLOR[e.status]} variant="light" size="lg" tt="none">
                {t(`exercises.status.${e.status}`)}
              </Badge>
              {e.can_facilitate && e.status !== 'ended' && (
                <Badge color="dark" variant="outline" size="lg" tt="none">
                  {t('exercises.page.you_facilitate')}
                </Badge>
              )}
            </Group>
            <Title order={1} fz={{ base: 22, sm: 28 }} lh={1.25}>
              {e.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('exercises.page.started', { when: formatDateTime(e.started_at) })}
              {e.facilitator.name && ` · ${t('exercises.list.facilitator', { name: e.facilitator.name })}`}
              {e.ended_at && ` · ${t('exercises.page.ended', { when: formatDateTime(e.ended_at) })}`}
            </Text>
            {/* The facilitator reads the situation out; a participant first sees what to do (the view shows it after). */}
            {e.description && e.status !== 'ended' && e.can_facilitate && (
              <ScenarioText source={e.description} />
            )}
          </Stack>
          {e.status === 'ended' ? (
            <ExerciseResults exercise={e} />
          ) : e.can_facilitate ? (
            <FacilitatorConsole exercise={e} />
          ) : (
            <ParticipantView exercise={e} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
