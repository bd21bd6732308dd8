// The review on the incident page, from recovery on: where it stands, the headline figures, and the way to the
// review page (the main thing to do once the incident is in evaluation; closing waits for it).
import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReview } from '../../api/evaluation';
import type { IncidentDetail } from '../../api/incidents';
import { IncidentSection } from '../incidents/incident-section';
import { QueryState } from '../query-state';
import { REVIEW_STATE_COLOR, durationText } from './evaluation-words';

/** Phases in which the incident page shows the review. */
export const REVIEW_PHASES: readonly IncidentDetail['phase'][] = ['recovery', 'evaluation', 'closed'];

export function ReviewSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const shown = REVIEW_PHASES.includes(incident.phase);
  const review = useReview(ikey, incident.id, shown);
  if (!shown) return null;
  const evaluating = incident.phase === 'evaluation';
  return (
    <IncidentSection
      id="review"
      title={t('evaluation.section.title')}
      description={t('evaluation.section.intro')}
    >
      <QueryState query={review} rows={2}>
        {(r) => {
          const open = r.action_items.filter((i) => i.status === 'open' || i.status === 'doing').length;
          return (
            <Stack gap="sm">
              <Group gap="xs">
                <Badge color={REVIEW_STATE_COLOR[r.state]} variant="filled">
                  {t(`evaluation.state.${r.state}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('evaluation.section.counts', {
                    contributions: r.contributions.length,
                    items: r.action_items.length,
                    open,
                  })}
                </Text>
              </Group>
              <SimpleGrid cols={3} spacing="xs" component="dl" m={0}>
                {(
                  [
                    ['detect', r.metrics.time_to_detect_seconds],
                    ['contain', r.metrics.time_to_contain_seconds],
                    ['recover', r.metrics.time_to_recover_seconds],
                  ] as const
                ).map(([key, seconds]) => (
                  <Stack key={key} gap={0}>
                    <Text component="dt" size="xs" c="dimmed">
                      {t(`evaluation.metrics.${key}`)}
                    </Text>
                    <Text component="dd" m={0} fw={700} size="sm">
                      {durationText(t, seconds)}
                    </Text>
                  </Stack>
                ))}
              </SimpleGrid>
              {evaluating && r.state === 'open' && (
                <Text size="sm">{t('evaluation.section.close_needs_review')}</Text>
              )}
              {incident.phase === 'recovery' && (
                <Text size="sm">{t('evaluation.section.recovery_hint')}</Text>
              )}
              <Group>
                <Button
                  component={Link}
                  to={`/incidents/${encodeURIComponent(ikey)}/review`}
                  variant={evaluating ? 'filled' : 'light'}
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                >
                  {t(
                    r.state === 'open' && incident.can_act
                      ? 'evaluation.section.open'
                      : 'evaluation.section.view',
                  )}
                </Button>
              </Group>
            </Stack>
          );
        }}
      </QueryState>
    </IncidentSection>
  );
}
