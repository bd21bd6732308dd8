// The EXERCISE / OEFENING banner: black on yellow with a heavy border, so an exercise is never taken for the real thing.
import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';

export function ExerciseBanner({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert
      icon={<IconSchool aria-hidden />}
      title={title}
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
      {children}
    </Alert>
  );
}
