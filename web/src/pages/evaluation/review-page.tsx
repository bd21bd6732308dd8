// The post-incident review of one incident: the facts in front (metrics from the timeline), the story as its
// backbone (pinned moments between the measured milestones), then what each person saw, the communication, the
// lessons and the action items; marked done or skipped with a reason; the reports to download.
import { Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useReview, type Review } from '../../api/evaluation';
import { useIncident, type IncidentDetail } from '../../api/incidents';
import { ActionItemList } from '../../components/evaluation/action-item-list';
import { ActionItemModal } from '../../components/evaluation/action-item-modal';
import { Contributions } from '../../components/evaluation/contributions';
import { MetricsPanel } from '../../components/evaluation/metrics-panel';
import { ReportDownloads } from '../../components/evaluation/report-downloads';
import { ReviewBackbone } from '../../components/evaluation/review-backbone';
import { ReviewStatus } from '../../components/evaluation/review-status';
import { ReviewTexts } from '../../components/evaluation/review-texts';
import { ExerciseBadge } from '../../components/incidents/incident-flags';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { formatDateTime } from '../../lib/format';
import { useAccount } from '../../lib/session';
import { useIncidentEvents } from '../../lib/use-incident-events';
import { usePageTitle } from '../../lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

export default function ReviewPage() {
  const { t } = useTranslation();
  const ikey = useParams().id ?? '';
  const incident = useIncident(ikey);
  const id = incident.data?.id;
  const review = useReview(ikey, id);
  const notFound = incident.error instanceof ApiError && incident.error.status === 404;
  useIncidentEvents(ikey, notFound ? undefined : id);
  usePageTitle(
    incident.data
      ? t('evaluation.page.title_for', { reference: incident.data.reference })
      : t('evaluation.page.title'),
  );
  if (notFound) return <NotFoundPage />;
  return (
    <QueryState query={incident} rows={2}>
      {(detail) => (
        <QueryState query={review} rows={6}>
          {(r) => <ReviewContent review={r} incident={detail} ikey={ikey} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function ReviewContent({
  review,
  incident,
  ikey,
}: {
  review: Review;
  incident: IncidentDetail;
  ikey: string;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const readsPlan = useAccount().access_level !== 'viewer';
  const open = review.action_items.filter((i) => i.status === 'open' || i.status === 'doing').length;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={`/incidents/${encodeURIComponent(ikey)}`} size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            <IconArrowLeft size={16} aria-hidden style={{ flexShrink: 0 }} />
            <span className="break-anywhere">
              {incident.reference} · {incident.title}
            </span>
          </Group>
        </Anchor>
        <Group gap="sm">
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('evaluation.page.title')}
          </Title>
          {incident.exercise && <ExerciseBadge />}
        </Group>
        <Text c="dimmed">
          {t('evaluation.page.intro', {
            reference: incident.reference,
            scenario: review.incident.scenario_name,
            severity: review.incident.severity_name,
          })}
        </Text>
      </Stack>
      <ReviewStatus review={review} ikey={ikey} />
      <Section
        id="metrics"
        title={t('evaluation.metrics.title')}
        description={t('evaluation.metrics.intro', { when: formatDateTime(review.metrics.computed_at) })}
      >
        <MetricsPanel metrics={review.metrics} />
      </Section>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section
            id="backbone"
            title={t('evaluation.backbone.title')}
            description={t('evaluation.backbone.intro')}
          >
            <ReviewBackbone review={review} incident={incident} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Section
              id="contributions"
              title={t('evaluation.contributions.title')}
              description={t('evaluation.contributions.intro')}
            >
              <Contributions review={review} ikey={ikey} />
            </Section>
            <Section id="texts" title={t('evaluation.texts.title')} description={t('evaluation.texts.intro')}>
              <ReviewTexts review={review} ikey={ikey} />
            </Section>
            <Section
              id="action-items"
              title={t('evaluation.items.section_title')}
              description={t('evaluation.items.intro')}
            >
              <Stack gap="sm">
                <Group justify="space-between" gap="sm">
                  <Text size="sm" c="dimmed">
                    {review.action_items.length === 0
                      ? t('evaluation.items.none')
                      : t('evaluation.items.count', { count: review.action_items.length, open })}
                  </Text>
                  {review.editable && (
                    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                      {t('evaluation.items.add')}
                    </Button>
                  )}
                </Group>
                {review.action_items.length > 0 && (
                  <ActionItemList
                    items={review.action_items}
                    ikey={ikey}
                    readsPlan={readsPlan}
                    label={t('evaluation.items.section_title')}
                    incidentPlanVersion={review.incident.plan_version}
                  />
                )}
                <Anchor
                  component={Link}
                  to={`/improvements?incident=${encodeURIComponent(incident.id)}`}
                  size="sm"
                >
                  {t('evaluation.items.in_backlog')}
                </Anchor>
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <Section id="reports" title={t('evaluation.reports.title')} description={t('evaluation.reports.intro')}>
        <ReportDownloads incidentId={incident.id} />
      </Section>
      <ActionItemModal
        opened={adding}
        incidentId={incident.id}
        ikey={ikey}
        onClose={() => setAdding(false)}
      />
    </Stack>
  );
}
