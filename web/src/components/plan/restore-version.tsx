// "Restore this version" (admins): after a confirmation, the older version becomes the plan again as a new version.
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { planApi, usePlanChanged } from '../../api/plan';
import { ConfirmModal } from '../confirm-modal';

export function RestoreVersion({ number, size = 'xs' }: { number: number; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const changed = usePlanChanged();
  const navigate = useNavigate();
  const restore = useMutation({
    mutationFn: () => planApi.restore(number),
    onSuccess: (saved) => {
      changed(saved);
      close();
      notifications.show({
        color: 'green',
        message: t('plan.versions.restored', { number, version: saved.version }),
      });
      void navigate('/plan/versions');
    },
  });
  return (
    <>
      <Button
        size={size}
        variant="default"
        leftSection={<IconRestore size={16} aria-hidden />}
        onClick={() => {
          restore.reset();
          open();
        }}
      >
        {t('plan.versions.restore')}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t('plan.versions.restore_title', { number })}
        confirmLabel={t('plan.versions.restore')}
        loading={restore.isPending}
        error={restore.error}
        onConfirm={() => restore.mutate()}
        onClose={close}
      >
        {t('plan.versions.restore_body', { number })}
      </ConfirmModal>
    </>
  );
}
