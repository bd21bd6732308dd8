// A titled block on a settings-like page.
import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';

interface Props {
  id?: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

export function Section({ id, title, description, children }: Props) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <Paper
      component="section"
      id={id}
      aria-labelledby={headingId}
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="lg" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
