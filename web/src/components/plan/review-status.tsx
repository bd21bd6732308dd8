// Marks the plan as reviewed today (admins): a clear warning when the last review is over a year ago, else a link.
import { Alert, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCalendarCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planApi, usePlanChanged } from '../../api/plan';
import { ConfirmModal } from '../confirm-modal';

/** `compact`: only the button (the review is not due); otherwise the warning with the button in it. */
export function ReviewStatus({ compact = false, months = 0 }: { compact?: boolean; months?: number }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const changed = usePlanChanged();
  const mark = useMutation({
    mutationFn: planApi.markReviewed,
    onSuccess: (saved) => {
      changed(saved);
      close();
      notifications.show({ color: 'green', message: t('plan.review.done', { version: saved.version }) });
    },
  });
  const button = (
    <Button
      variant={compact ? 'subtle' : 'filled'}
      color={compact ? undefined : 'orange'}
      size={compact ? 'compact-sm' : 'sm'}
      px={compact ? 0 : undefined}
      leftSection={<IconCalendarCheck size={16} aria-hidden />}
      onClick={open}
      style={compact ? { alignSelf: 'flex-start' } : undefined}
    >
      {t('plan.review.mark')}
    </Button>
  );
  return (
    <>
      {compact ? (
        button
      ) : (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('plan.review.warning_title', { count: months })}
          mb="lg"
        >
          {t('plan.review.warning_body')}
          <div style={{ marginTop: 12 }}>{button}</div>
        </Alert>
      )}
      <ConfirmModal
        opened={opened}
        title={t('plan.review.confirm_title')}
        confirmLabel={t('plan.review.mark')}
        loading={mark.isPending}
        error={mark.error}
        onConfirm={() => mark.mutate()}
        onClose={close}
      >
        {t('plan.review.confirm_body')}
      </ConfirmModal>
    </>
  );
}
