// The Stormbell name with its bell, used in the header and above the login and setup forms.
import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';

export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size === 'lg' ? 36 : 30} radius="md" aria-hidden>
        <IconBell size={size === 'lg' ? 22 : 18} stroke={2} />
      </ThemeIcon>
      <Text fw={700} fz={size === 'lg' ? 24 : 19} lh={1}>
        Stormbell
      </Text>
    </Group>
  );
}
