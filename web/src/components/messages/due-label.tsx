// The next update's deadline: "due in 1 h 20 min", red and bold once it has passed, with the exact time on hover.
import { Group, Text } from '@mantine/core';
import { IconAlarm, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { dueState, dueText } from './due';
import { useNow } from './use-now';

interface Props {
  nextDueAt: string;
  size?: 'xs' | 'sm' | 'md';
  /** "15 min late" where the line already says it is about the update. */
  short?: boolean;
}

export function DueLabel({ nextDueAt, size = 'sm', short = false }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const { overdue } = dueState(nextDueAt, now);
  const Icon = overdue ? IconAlarm : IconClock;
  return (
    <Group gap={4} wrap="nowrap" component="span" title={formatDateTime(nextDueAt)}>
      <Icon size={16} aria-hidden color={overdue ? 'var(--mantine-color-red-7)' : undefined} />
      <Text span size={size} c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : 500}>
        {dueText(t, nextDueAt, now, short)}
      </Text>
    </Group>
  );
}
