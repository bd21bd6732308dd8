// Public page behind a contact check's link: the person confirms with one button that the message reached them.
import { Alert, Button, Skeleton, Stack, Text, ThemeIcon, Group } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { planApi, useContactAck } from '../../api/plan';
import { PublicLayout } from '../../components/public-layout';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';

export function ContactAckPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const info = useContactAck(token);
  // Only a click acknowledges: mail scanners open links too, and must not answer for the person.
  const ack = useMutation({ mutationFn: () => planApi.acknowledge(token) });
  usePageTitle(t('plan.ack.title'));

  if (info.isPending) {
    return (
      <PublicLayout title={t('plan.ack.title')}>
        <Stack gap="sm" role="status" aria-label={t('common.loading')}>
          <Skeleton height={20} />
          <Skeleton height={48} />
        </Stack>
      </PublicLayout>
    );
  }

  if (info.error || !info.data) {
    return (
      <PublicLayout title={t('plan.ack.invalid_title')}>
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(info.error)}
        </Alert>
      </PublicLayout>
    );
  }

  const { name, organisation, started_at } = info.data;
  const acknowledgedAt = ack.data?.acknowledged_at ?? info.data.acknowledged_at;
  if (acknowledgedAt) {
    return (
      <PublicLayout
        title={ack.isSuccess ? t('plan.ack.thanks_title', { name }) : t('plan.ack.already_title')}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="green" variant="light" size={40} radius="xl">
            <IconCircleCheck aria-hidden />
          </ThemeIcon>
          <Stack gap={4}>
            <Text>{t('plan.ack.confirmed_at', { when: formatDateTime(acknowledgedAt) })}</Text>
            <Text size="sm" c="dimmed">
              {t('plan.ack.close')}
            </Text>
          </Stack>
        </Group>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout
      title={t('plan.ack.hello', { name })}
      intro={t('plan.ack.intro', { organisation, when: formatDateTime(started_at) })}
    >
      <Text>{t('plan.ack.question')}</Text>
      {ack.error !== null && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(ack.error)}
        </Alert>
      )}
      <Button
        size="xl"
        fullWidth
        color="green"
        leftSection={<IconCircleCheck aria-hidden />}
        loading={ack.isPending}
        onClick={() => ack.mutate()}
      >
        {t('plan.ack.button')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('plan.ack.why')}
      </Text>
    </PublicLayout>
  );
}
