// The heading of a part of the assessment (GDPR, NIS2, DORA): a fieldset's legend set like a section heading.
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

export function Legend({ children }: { children: ReactNode }) {
  return (
    <Text component="span" fw={700} fz="md" display="block" mb="xs">
      {children}
    </Text>
  );
}
