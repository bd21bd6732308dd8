// After the exercise: the score with every expectation's times, the injects as they went out, the facilitator's
// notes, the participants' feedback, the improvement actions for the backlog and the after-action report.
import { Grid, Group, RingProgress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useFeedback, type Exercise } from '../../api/exercises';
import { useAccount } from '../../lib/session';
import { QueryState } from '../query-state';
import { Section } from '../section';
import { ExpectationList, ScoreBadges } from './expectation-list';
import { FeedbackForm } from './feedback-form';
import { ImprovementActions } from './improvement-actions';
import { InjectCard } from './inject-card';
import { NoteList } from './notes-panel';
import { ReportDownloads } from './report-downloads';

export function ExerciseResults({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const mayGiveFeedback = useAccount().access_level !== 'viewer';
  const feedback = useFeedback(exercise.id, true);
  const percent = exercise.score.percent;

  const score = (
    <Section id="score" title={t('exercises.results.score')} description={t('exercises.results.score_intro')}>
      <Group gap="lg" align="center">
        <RingProgress
          size={110}
          thickness={12}
          roundCaps
          sections={[
            {
              value: percent ?? 0,
              color: (percent ?? 0) >= 75 ? 'green' : (percent ?? 0) >= 50 ? 'orange' : 'red',
            },
          ]}
          label={
            <Text ta="center" fw={700} fz="xl">
              {percent === null ? '–' : `${percent}%`}
            </Text>
          }
          aria-label={t('exercises.results.percent', { percent: percent ?? 0 })}
        />
        <ScoreBadges score={exercise.score} />
      </Group>
      <ExpectationList expectations={exercise.expectations} />
    </Section>
  );
  const report = (
    <Section id="report" title={t('exercises.report.title')} description={t('exercises.report.intro')}>
      <ReportDownloads exerciseId={exercise.id} />
    </Section>
  );
  const actions = (
    <Section id="actions" title={t('exercises.actions.title')} description={t('exercises.actions.intro')}>
      <ImprovementActions exercise={exercise} canAdd={exercise.can_facilitate} />
    </Section>
  );
  const notes = (
    <Section id="notes" title={t('exercises.notes.title')}>
      <NoteList notes={exercise.notes} />
    </Section>
  );
  const feedbackSection = (
    <Section id="feedback" title={t('exercises.feedback.title')} description={t('exercises.feedback.intro')}>
      {mayGiveFeedback && <FeedbackForm exercise={exercise} />}
      <QueryState query={feedback} rows={2}>
        {(f) =>
          f.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('exercises.feedback.none')}
            </Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('exercises.feedback.summary', {
                  count: f.items.length,
                  average: f.average_rating?.toLocaleString(undefined, { maximumFractionDigits: 1 }) ?? '–',
                })}
              </Text>
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {f.items.map((i) => (
                  <Stack
                    key={i.id}
                    component="li"
                    gap={2}
                    pl="xs"
                    style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
                  >
                    <Text size="xs" c="dimmed">
                      {t('exercises.feedback.by', { name: i.author_name ?? '–', rating: i.rating })}
                    </Text>
                    {i.went_well && (
                      <Text size="sm" className="break-anywhere">
                        <Text span fw={600}>
                          {t('exercises.feedback.went_well_short')}{' '}
                        </Text>
                        {i.went_well}
                      </Text>
                    )}
                    {i.to_improve && (
                      <Text size="sm" className="break-anywhere">
                        <Text span fw={600}>
                          {t('exercises.feedback.to_improve_short')}{' '}
                        </Text>
                        {i.to_improve}
                      </Text>
                    )}
                  </Stack>
                ))}
              </Stack>
            </Stack>
          )
        }
      </QueryState>
    </Section>
  );
  const injects = (
    <Section id="injects" title={t('exercises.injects.title')}>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {[...exercise.injects]
          .sort((a, b) => (a.fired_ms ?? a.due_ms) - (b.fired_ms ?? b.due_ms))
          .map((i) => (
            <InjectCard key={i.id} inject={i} open={false} ended />
          ))}
      </Stack>
    </Section>
  );

  if (!wide)
    return (
      <Stack gap="lg">
        {score}
        {report}
        {feedbackSection}
        {actions}
        {notes}
        {injects}
      </Stack>
    );
  return (
    <Grid gap="lg">
      <Grid.Col span={7}>
        <Stack gap="lg">
          {score}
          {feedbackSection}
          {injects}
        </Stack>
      </Grid.Col>
      <Grid.Col span={5}>
        <Stack gap="lg">
          {report}
          {actions}
          {notes}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
