// The contact check: admins send everyone in the plan a test email; the table shows who acknowledged and how fast.
import { Alert, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconMailCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planApi, planKeys, useLatestContactCheck, type ContactCheck } from '../../api/plan';
import { ConfirmModal } from '../../components/confirm-modal';
import { PageHeader } from '../../components/page-header';
import { ContactCheckTable } from '../../components/plan/contact-check-table';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/format';
import { useIsAdmin } from '../../lib/session';

export default function ContactCheckPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const latest = useLatestContactCheck();
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const start = useMutation({
    mutationFn: planApi.startContactCheck,
    onSuccess: (check) => {
      client.setQueryData(planKeys.contactCheck, check);
      void client.invalidateQueries({ queryKey: planKeys.current });
      close();
      notifications.show({ color: 'green', message: t('plan.check.started', { count: check.total }) });
    },
  });
  return (
    <>
      <PageHeader
        title={t('plan.check.title')}
        description={t('plan.check.intro')}
        actions={
          <Button component={Link} to="/plan" variant="default">
            {t('plan.back')}
          </Button>
        }
      />
      {isAdmin ? (
        <Group mb="lg" gap="sm">
          <Button
            leftSection={<IconMailCheck size={18} aria-hidden />}
            onClick={() => {
              start.reset();
              open();
            }}
          >
            {t('plan.check.start')}
          </Button>
        </Group>
      ) : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} mb="lg">
          {t('plan.check.admins_start')}
        </Alert>
      )}
      <QueryState query={latest}>
        {(check) => (check ? <CheckResult check={check} /> : <Text>{t('plan.check.none')}</Text>)}
      </QueryState>
      <ConfirmModal
        opened={opened}
        title={t('plan.check.confirm_title')}
        confirmLabel={t('plan.check.confirm')}
        loading={start.isPending}
        error={start.error}
        onConfirm={() => start.mutate()}
        onClose={close}
      >
        {t('plan.check.confirm_body')}
      </ConfirmModal>
    </>
  );
}

function CheckResult({ check }: { check: ContactCheck }) {
  const { t } = useTranslation();
  const done = check.acknowledged === check.total;
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap={6}>
          <Text fw={700} fz="lg">
            {t('plan.status.check_count', { acknowledged: check.acknowledged, total: check.total })}
          </Text>
          <Progress
            value={check.total ? (100 * check.acknowledged) / check.total : 0}
            color={done ? 'green' : 'orange'}
            aria-hidden
          />
          <Text size="sm">
            {t('plan.check.started_by', {
              name: check.started_by_name ?? t('plan.status.system'),
              when: formatDateTime(check.started_at),
              version: check.plan_version,
            })}
          </Text>
          <Text size="sm" c="dimmed" role="status">
            {done ? t('plan.check.all_done') : t('plan.check.refreshing')}
          </Text>
        </Stack>
      </Card>
      <ContactCheckTable entries={check.entries} />
    </Stack>
  );
}
