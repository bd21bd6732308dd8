// The foot of a form in a modal: "Cancel" and the form's submit button, on the right.
import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  submitLabel: ReactNode;
  loading: boolean;
}

export function FormButtons({ onCancel, submitLabel, loading }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
