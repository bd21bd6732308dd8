// The "more" button (three dots) on a row, opening its menu of less common actions.
import type { ReactNode } from 'react';
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';

interface Props {
  /** Names the row, e.g. "More for Website". */
  label: string;
  disabled?: boolean;
  /** The menu's items. */
  children: ReactNode;
}

export function MoreMenu({ label, disabled, children }: Props) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} disabled={disabled}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
