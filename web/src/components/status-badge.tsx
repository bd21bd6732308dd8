// A state in a word with a coloured dot: dark text on white keeps AA contrast; the dot is a second cue, not the only one.
import type { ReactNode } from 'react';
import { Badge, type MantineColor } from '@mantine/core';

export function StatusBadge({ color, children }: { color: MantineColor; children: ReactNode }) {
  // max-content: in a table Mantine's badge would otherwise shrink to an ellipsis.
  return (
    <Badge variant="dot" color={color} tt="none" size="md" miw="max-content">
      {children}
    </Badge>
  );
}
