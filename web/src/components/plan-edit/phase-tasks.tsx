// A scenario's checklist: the tasks of each phase (owner role, caution, due time), added, removed and reordered.
import { useEffect, useMemo, useState } from 'react';
import { Badge, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { phases, type Phase } from '@core/plan/enums';
import type { PlanScenario } from '@core/plan/schema';
import { Section } from '../section';
import { at } from './field-id';
import { AddItem } from './add-item';
import { ListProblems } from './list-problems';
import { messagesAt, usePlanEdit, useProblems } from './plan-edit-context';
import { editTasks, TaskCard } from './task-card';

interface Props {
  index: number;
  scenario: PlanScenario;
}

export function PhaseTasks({ index, scenario }: Props) {
  const { t } = useTranslation();
  const { plan, update } = usePlanEdit();
  const { problems, target } = useProblems();
  const [active, setActive] = useState<Phase>('detection');
  const path = at('scenarios', index, 'phases');

  // A link from the error summary to a task opens its phase.
  useEffect(() => {
    const phase = phases.find((p) => target?.path.startsWith(`${path}.${p}`));
    if (phase) setActive(phase);
  }, [target, path]);

  const roles = useMemo(() => plan.roles.map((r) => ({ value: r.id, label: r.name || r.id })), [plan.roles]);

  return (
    <Section
      id="plan-edit-checklist"
      title={t('plan_edit.scenarios.checklist')}
      description={t('plan_edit.scenarios.checklist_hint')}
    >
      <ListProblems path={path} withId />
      {/* Four long tab labels do not fit a phone: there the phase is chosen from a list. */}
      <NativeSelect
        hiddenFrom="sm"
        label={t('plan_edit.scenarios.phase')}
        value={active}
        onChange={(e) => setActive(e.currentTarget.value as Phase)}
        data={phases.map((phase) => {
          const count = messagesAt(problems, `${path}.${phase}`, true).length;
          const label = `${t(`plan_edit.phase.${phase}`)} (${scenario.phases[phase].length})`;
          return {
            value: phase,
            label: count > 0 ? `${label}, ${t('plan_edit.problems', { count })}` : label,
          };
        })}
      />
      <Tabs value={active} onChange={(v) => v && setActive(v as Phase)} keepMounted={false}>
        <Tabs.List visibleFrom="sm">
          {phases.map((phase) => {
            const count = messagesAt(problems, `${path}.${phase}`, true).length;
            return (
              <Tabs.Tab
                key={phase}
                value={phase}
                rightSection={
                  count > 0 ? (
                    <Badge color="red" size="xs" circle aria-label={t('plan_edit.problems', { count })}>
                      {count}
                    </Badge>
                  ) : (
                    <Text span size="xs" c="dimmed">
                      {scenario.phases[phase].length}
                    </Text>
                  )
                }
              >
                {t(`plan_edit.phase.${phase}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {phases.map((phase) => {
          const tasks = scenario.phases[phase];
          const listPath = `${path}.${phase}`;
          return (
            <Tabs.Panel key={phase} value={phase} pt="md">
              <Stack gap="sm">
                {tasks.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('plan_edit.scenarios.no_tasks')}
                  </Text>
                )}
                {tasks.map((task, i) => (
                  <TaskCard
                    key={i}
                    scenario={index}
                    phase={phase}
                    index={i}
                    count={tasks.length}
                    task={task}
                    roles={roles}
                    update={update}
                  />
                ))}
                <AddItem
                  listPath={listPath}
                  count={tasks.length}
                  label={t('plan_edit.tasks.add_label', { phase: t(`plan_edit.phase.${phase}`) })}
                  button={t('plan_edit.tasks.add')}
                  onAdd={(title) =>
                    editTasks(update, index, phase, (list) => [
                      ...list,
                      { title, owner: 'incident_commander' },
                    ])
                  }
                />
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Section>
  );
}
