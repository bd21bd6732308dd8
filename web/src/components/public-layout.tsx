// The frame of the pages before login (setup, login, password links): brand, language switch, one card.
import type { ReactNode } from 'react';
import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';

interface Props {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  width?: number;
}

export function PublicLayout({ title, intro, children, width = 460 }: Props) {
  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 48 }}>
      <Container size={width} px="md">
        <Stack gap="lg">
          <Group justify="space-between" wrap="nowrap">
            <Brand size="lg" />
            <LanguageSwitch />
          </Group>
          <Paper component="main" withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }}>
            <Stack gap="md">
              <Title order={1} fz={{ base: 22, sm: 26 }}>
                {title}
              </Title>
              {intro && <Text c="dimmed">{intro}</Text>}
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
