// One checklist task: tick it done, start it, skip it with a reason; its owner, its due time and any caution.
import { Badge, Checkbox, Group, Menu, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconClock,
  IconPencil,
  IconPlayerPlay,
  IconPlayerSkipForward,
  IconUser,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentTask, TaskStatus } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { MoreMenu } from '../more-menu';
import { taskStatusColor } from './incident-colors';
import { shortDateTime } from './when';

interface Props {
  task: IncidentTask;
  canAct: boolean;
  busy: boolean;
  onStatus: (status: TaskStatus) => void;
  onSkip: () => void;
  onEdit: () => void;
}

export function TaskItem({ task, canAct, busy, onStatus, onSkip, onEdit }: Props) {
  const { t } = useTranslation();
  const closed = task.status === 'done' || task.status === 'skipped';
  const owner = [task.owner_role_name, task.owner_name].filter(Boolean).join(' · ');
  return (
    <Group
      component="li"
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py="xs"
      px="xs"
      style={{
        borderRadius: 6,
        background: task.overdue ? 'var(--mantine-color-red-0)' : undefined,
        borderLeft: task.overdue ? '3px solid var(--mantine-color-red-6)' : '3px solid transparent',
      }}
    >
      <Checkbox
        mt={2}
        size="md"
        checked={task.status === 'done'}
        indeterminate={task.status === 'skipped'}
        disabled={!canAct || busy || task.status === 'skipped'}
        onChange={() => onStatus(task.status === 'done' ? 'todo' : 'done')}
        aria-label={
          task.status === 'done'
            ? t('incidents.tasks.untick', { title: task.title })
            : t('incidents.tasks.tick', { title: task.title })
        }
      />
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Text
          fw={500}
          td={closed ? 'line-through' : undefined}
          c={closed ? 'dimmed' : undefined}
          className="break-anywhere"
        >
          {task.title}
        </Text>
        <Group gap={6} wrap="wrap">
          {task.status !== 'todo' && (
            <Badge color={taskStatusColor[task.status]} variant="light" tt="none" size="sm">
              {t(`incidents.task_status.${task.status}`)}
            </Badge>
          )}
          {owner && (
            <Group gap={4} wrap="nowrap">
              <IconUser size={13} aria-hidden />
              <Text size="xs">{owner}</Text>
            </Group>
          )}
          {task.due_at && !closed && (
            <Group gap={4} wrap="nowrap">
              {task.overdue ? (
                <Badge
                  color="red"
                  variant="filled"
                  size="sm"
                  tt="none"
                  leftSection={<IconAlertTriangle size={11} aria-hidden />}
                >
                  {t('incidents.tasks.overdue_since', { when: shortDateTime(task.due_at) })}
                </Badge>
              ) : (
                <>
                  <IconClock size={13} aria-hidden />
                  <Text size="xs" title={formatDateTime(task.due_at)}>
                    {t('incidents.tasks.due_at', { when: shortDateTime(task.due_at) })}
                  </Text>
                </>
              )}
            </Group>
          )}
        </Group>
        {task.caution && !closed && (
          <Group gap={4} wrap="nowrap" align="flex-start">
            <IconAlertTriangle
              size={14}
              color="var(--mantine-color-orange-8)"
              aria-hidden
              style={{ flexShrink: 0, marginTop: 2 }}
            />
            <Text size="xs" c="orange.9">
              {task.caution}
            </Text>
          </Group>
        )}
        {task.status === 'skipped' && task.skip_reason && (
          <Text size="xs" c="dimmed">
            {t('incidents.tasks.skipped_because', { reason: task.skip_reason })}
          </Text>
        )}
      </Stack>
      {canAct && (
        <MoreMenu label={t('incidents.tasks.more', { title: task.title })} disabled={busy}>
          {task.status === 'todo' && (
            <Menu.Item
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={() => onStatus('doing')}
            >
              {t('incidents.tasks.start')}
            </Menu.Item>
          )}
          {task.status !== 'todo' && (
            <Menu.Item
              leftSection={<IconArrowBackUp size={16} aria-hidden />}
              onClick={() => onStatus('todo')}
            >
              {t('incidents.tasks.reopen')}
            </Menu.Item>
          )}
          {task.status !== 'skipped' && task.status !== 'done' && (
            <Menu.Item leftSection={<IconPlayerSkipForward size={16} aria-hidden />} onClick={onSkip}>
              {t('incidents.tasks.skip')}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
            {t('incidents.tasks.edit')}
          </Menu.Item>
        </MoreMenu>
      )}
    </Group>
  );
}
