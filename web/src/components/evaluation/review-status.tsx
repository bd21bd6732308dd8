// Where the review stands and how it ends: marked done, or skipped with a reason (either lets the incident close),
// and reopened with an optional reason while the incident is still in evaluation.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconPlayerSkipForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useReviewChange, type Review } from '../../api/evaluation';
import { formatDateTime } from '../../lib/format';
import { ConfirmModal } from '../confirm-modal';
import { ReasonModal } from '../incidents/reason-modal';
import { REVIEW_STATE_COLOR } from './evaluation-words';

export function ReviewStatus({ review, ikey }: { review: Review; ikey: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'done' | 'skip' | 'reopen' | null>(null);
  const change = useReviewChange<{ to: 'done' | 'skip' | 'reopen'; reason: string }>(
    ikey,
    review.incident.id,
    (api, v) => (v.to === 'done' ? api.done() : v.to === 'skip' ? api.skip(v.reason) : api.reopen(v.reason)),
    () => setAsking(null),
  );
  const ask = (to: 'done' | 'skip' | 'reopen') => {
    change.reset();
    setAsking(to);
  };
  const who = review.completed_by_name ?? t('incidents.event_sentence.system');
  const when = formatDateTime(review.completed_at);
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="review-status">
      <Group justify="space-between" gap="sm" align="center">
        <Stack gap={4} miw={0} style={{ flex: '1 1 260px' }}>
          <Group gap="xs">
            <Badge color={REVIEW_STATE_COLOR[review.state]} variant="filled">
              {t(`evaluation.state.${review.state}`)}
            </Badge>
          </Group>
          <Text size="sm" className="break-anywhere">
            {review.state === 'done'
              ? t('evaluation.review.done_by', { name: who, when })
              : review.state === 'skipped'
                ? t('evaluation.review.skipped_by', { name: who, when, reason: review.skip_reason ?? '' })
                : review.incident.phase === 'evaluation'
                  ? t('evaluation.review.open_hint')
                  : review.incident.phase === 'closed'
                    ? t('evaluation.review.closed')
                    : review.incident.phase === 'recovery'
                      ? t('evaluation.review.open_not_yet', { phase: t('incidents.phase.evaluation') })
                      : t('evaluation.review.open_early')}
          </Text>
        </Stack>
        {(review.can_skip || review.can_complete || review.can_reopen) && (
          <Group gap="xs" w={{ base: '100%', xs: 'auto' }}>
            {review.can_skip && (
              <Button
                variant="default"
                leftSection={<IconPlayerSkipForward size={16} aria-hidden />}
                onClick={() => ask('skip')}
                style={{ flex: '1 1 auto' }}
              >
                {t('evaluation.review.skip')}
              </Button>
            )}
            {review.can_complete && (
              <Button
                color="green"
                leftSection={<IconCheck size={16} aria-hidden />}
                onClick={() => ask('done')}
                style={{ flex: '1 1 auto' }}
              >
                {t('evaluation.review.done')}
              </Button>
            )}
            {review.can_reopen && (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                onClick={() => ask('reopen')}
                style={{ flex: '1 1 auto' }}
              >
                {t('evaluation.review.reopen')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <ConfirmModal
        opened={asking === 'done'}
        title={t('evaluation.review.done_title')}
        confirmLabel={t('evaluation.review.done')}
        loading={change.isPending}
        error={change.error}
        onConfirm={() => change.mutate({ to: 'done', reason: '' })}
        onClose={() => setAsking(null)}
      >
        {t('evaluation.review.done_intro', {
          contributions: review.contributions.length,
          items: review.action_items.length,
        })}
      </ConfirmModal>
      <ReasonModal
        opened={asking === 'skip'}
        title={t('evaluation.review.skip_title')}
        intro={t('evaluation.review.skip_intro')}
        reasonLabel={t('evaluation.review.skip_reason')}
        confirmLabel={t('evaluation.review.skip')}
        color="gray"
        loading={change.isPending}
        error={change.error}
        onConfirm={(reason) => change.mutate({ to: 'skip', reason })}
        onClose={() => setAsking(null)}
      />
      <ReasonModal
        opened={asking === 'reopen'}
        title={t('evaluation.review.reopen_title')}
        intro={t('evaluation.review.reopen_intro')}
        reasonLabel={t('evaluation.review.reopen_reason')}
        reasonRequired={false}
        confirmLabel={t('evaluation.review.reopen')}
        loading={change.isPending}
        error={change.error}
        onConfirm={(reason) => change.mutate({ to: 'reopen', reason })}
        onClose={() => setAsking(null)}
      />
    </Paper>
  );
}
