// The heading and short explanation at the top of each editor section.
import type { ReactNode } from 'react';
import { Stack, Text, Title } from '@mantine/core';

export function SectionIntro({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={2} fz="xl">
        {title}
      </Title>
      {children && (
        <Text c="dimmed" size="sm" maw={720}>
          {children}
        </Text>
      )}
    </Stack>
  );
}
