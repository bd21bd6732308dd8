// The review's backbone: the moments the metrics are measured between (first signal, declaration, contained,
// response over) and the moments the team pinned on the timeline, oldest first, so the discussion follows the story.
import { Anchor, Text, Timeline } from '@mantine/core';
import { IconFlag, IconPinFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Review } from '../../api/evaluation';
import type { IncidentDetail } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { eventNames, eventSentence } from '../incidents/event-sentence';

interface Moment {
  key: string;
  at: string;
  milestone: boolean;
  sentence: string;
  detail?: string;
}

export function ReviewBackbone({ review, incident }: { review: Review; incident: IncidentDetail }) {
  const { t } = useTranslation();
  const m = review.metrics;
  const names = eventNames(incident);
  const milestones: Array<[string, string | null]> = [
    [`evaluation.backbone.signal_${m.first_signal_source}`, m.first_signal_at],
    ['evaluation.backbone.declared', m.declared_at],
    ['evaluation.backbone.contained', m.recovery_started_at],
    ['evaluation.backbone.over', m.evaluation_started_at],
    ['evaluation.backbone.closed', m.closed_at],
  ];
  const moments: Moment[] = [
    ...milestones
      .filter((x): x is [string, string] => x[1] !== null)
      .map(([key, at]) => ({ key, at, milestone: true, sentence: t(key) })),
    ...review.pinned.map((e) => ({ key: e.id, at: e.at, milestone: false, ...eventSentence(t, e, names) })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || Number(b.milestone) - Number(a.milestone));

  return (
    <>
      <Timeline bulletSize={24} lineWidth={2} active={-1}>
        {moments.map((x) => (
          <Timeline.Item
            key={x.key}
            bullet={
              x.milestone ? (
                <IconFlag size={14} aria-hidden />
              ) : (
                <IconPinFilled size={14} aria-hidden color="var(--mantine-color-yellow-8)" />
              )
            }
            title={
              <Text size="sm" fw={x.milestone ? 700 : 500} className="break-anywhere">
                {x.sentence}
              </Text>
            }
          >
            <Text component="time" dateTime={x.at} size="xs" c="dimmed">
              {formatDateTime(x.at)}
            </Text>
            {x.detail && (
              <Text
                size="sm"
                c="gray.8"
                mt={4}
                pl="xs"
                style={{ borderLeft: '3px solid var(--mantine-color-gray-3)', whiteSpace: 'pre-wrap' }}
                className="break-anywhere"
              >
                {x.detail}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      <Text size="sm" c="dimmed" mt="sm">
        {review.pinned.length === 0
          ? t('evaluation.backbone.none_pinned')
          : t('evaluation.backbone.pin_more')}{' '}
        <Anchor
          component={Link}
          to={`/incidents/${encodeURIComponent(incident.id)}?tab=timeline#timeline`}
          size="sm"
        >
          {t('evaluation.backbone.full_timeline')}
        </Anchor>
      </Text>
    </>
  );
}
