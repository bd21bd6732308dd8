// A scenario's checklist, phase by phase: each task with the role that owns it, when it is due, and its caution.
import { Badge, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { phases } from '@core/plan/enums';
import type { Plan } from '../../api/plan';
import { minutesText } from './durations';
import type { PlanIndex } from './plan-index';

type Phases = Plan['scenarios'][number]['phases'];

export function ScenarioPhases({ phases: tasks, index }: { phases: Phases; index: PlanIndex }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {phases.map((phase) => (
        <div key={phase}>
          <Title order={4} fz="sm" mb={6}>
            {t(`plan.phase.${phase}`)}
          </Title>
          {tasks[phase].length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plan.scenarios.no_tasks')}
            </Text>
          ) : (
            <Stack component="ol" gap="xs" m={0} pl="lg" fz="sm">
              {tasks[phase].map((task, i) => (
                <li key={i}>
                  <Stack gap={4}>
                    <Text size="sm">{task.title}</Text>
                    <Group gap={6}>
                      <Badge variant="light" size="sm" tt="none">
                        {index.roleName(task.owner)}
                      </Badge>
                      {task.due_minutes !== undefined && (
                        <Text size="xs" c="dimmed">
                          {t('plan.scenarios.due', { time: minutesText(t, task.due_minutes) })}
                        </Text>
                      )}
                    </Group>
                    {task.caution && (
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <ThemeIcon size={20} color="orange" variant="light" style={{ flexShrink: 0 }}>
                          <IconAlertTriangle size={14} aria-label={t('plan.scenarios.caution')} />
                        </ThemeIcon>
                        <Text size="sm" c="orange.9">
                          {task.caution}
                        </Text>
                      </Group>
                    )}
                  </Stack>
                </li>
              ))}
            </Stack>
          )}
        </div>
      ))}
    </Stack>
  );
}
