// EXERCISE / OEFENING above an exercise's message, in the incident page's own exercise colours: nothing leaves.
import { Alert } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ExerciseNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      icon={<IconSchool aria-hidden />}
      title={t('messages.exercise.title')}
      styles={{
        root: {
          background: 'var(--mantine-color-yellow-3)',
          border: '2px solid var(--mantine-color-yellow-7)',
        },
        title: { letterSpacing: 1, color: 'var(--mantine-color-dark-9)', fontWeight: 800 },
        message: { color: 'var(--mantine-color-dark-9)' },
        icon: { color: 'var(--mantine-color-dark-9)' },
      }}
    >
      {t('messages.exercise.body')}
    </Alert>
  );
}
