// The plan's state at a glance: the version in force, when it was last reviewed, and the last contact check.
import type { ReactNode } from 'react';
import { Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanCurrent } from '../../api/plan';
import { formatDate, formatDateTime } from '../../lib/format';
import { ReviewStatus } from './review-status';

function StatusCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Stack gap={6}>
        <Title order={2} fz="sm" c="dimmed" tt="uppercase">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

export function PlanStatus({ current, isAdmin }: { current: PlanCurrent; isAdmin: boolean }) {
  const { t } = useTranslation();
  const check = current.contact_check;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <StatusCard title={t('plan.status.version_title')}>
        <Text fw={700} fz="lg">
          {t('plan.status.version', { number: current.version })}
        </Text>
        <Text size="sm">
          {t('plan.status.changed_by', {
            name: current.author_name ?? t('plan.status.system'),
            when: formatDateTime(current.created_at),
          })}
        </Text>
        {current.description && (
          <Text size="sm" c="dimmed" className="break-anywhere">
            “{current.description}”
          </Text>
        )}
        <Anchor component={Link} to="/plan/versions" size="sm">
          {t('plan.status.all_versions')}
        </Anchor>
      </StatusCard>
      <StatusCard title={t('plan.status.review_title')}>
        <Group gap="xs">
          <Text fw={700} fz="lg">
            {formatDate(current.review.reviewed_at)}
          </Text>
          {current.review.due && (
            <Badge color="orange" variant="light" tt="none">
              {t('plan.review.due_badge')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{t('plan.review.months_ago', { count: current.review.months_since })}</Text>
        {isAdmin && !current.review.due && <ReviewStatus compact />}
      </StatusCard>
      <StatusCard title={t('plan.status.check_title')}>
        {check ? (
          <>
            <Text fw={700} fz="lg">
              {t('plan.status.check_count', { acknowledged: check.acknowledged, total: check.total })}
            </Text>
            <Progress
              value={check.total ? (100 * check.acknowledged) / check.total : 0}
              color={check.acknowledged === check.total ? 'green' : 'orange'}
              aria-label={t('plan.status.check_count', {
                acknowledged: check.acknowledged,
                total: check.total,
              })}
            />
            <Text size="sm">
              {t('plan.status.check_started', { when: formatDateTime(check.started_at) })}
            </Text>
          </>
        ) : (
          <Text size="sm">{t('plan.status.check_none')}</Text>
        )}
        <Anchor component={Link} to="/plan/contact-check" size="sm">
          {check
            ? t('plan.status.check_open')
            : isAdmin
              ? t('plan.status.check_start')
              : t('plan.status.check_open')}
        </Anchor>
      </StatusCard>
    </SimpleGrid>
  );
}
