// One checklist task: what to do, which role owns it, a caution, and when it is due. Memoised, with only stable
// props, so that typing in one task of a long checklist does not re-render the others.
import { memo } from 'react';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Phase } from '@core/plan/enums';
import type { PlanTask } from '@core/plan/schema';
import { at } from './field-id';
import { PlanNumber, PlanSelect, PlanTextarea, type Option } from './inputs';
import { ItemCard } from './item-card';
import { move, removeAt, replaceAt, withOptional } from './list-ops';
import type { Update } from './plan-edit-context';

interface Props {
  scenario: number;
  phase: Phase;
  index: number;
  count: number;
  task: PlanTask;
  roles: readonly Option[];
  update: Update;
}

/** Changes the tasks of one phase of one scenario, from the plan as it is when the change lands. */
export function editTasks(
  update: Update,
  scenario: number,
  phase: Phase,
  edit: (tasks: PlanTask[]) => PlanTask[],
) {
  update((p) => ({
    ...p,
    scenarios: p.scenarios.map((s, i) =>
      i === scenario ? { ...s, phases: { ...s.phases, [phase]: edit(s.phases[phase]) } } : s,
    ),
  }));
}

export const TaskCard = memo(function TaskCard({
  scenario,
  phase,
  index,
  count,
  task,
  roles,
  update,
}: Props) {
  const { t } = useTranslation();
  const listPath = at('scenarios', scenario, 'phases', phase);
  const path = at(listPath, index);
  const onChange = (next: PlanTask) =>
    editTasks(update, scenario, phase, (tasks) => replaceAt(tasks, index, next));
  return (
    <ItemCard
      listPath={listPath}
      index={index}
      count={count}
      order={4}
      title={t('plan_edit.tasks.title', { n: index + 1 })}
      onMove={(to) => editTasks(update, scenario, phase, (tasks) => move(tasks, index, to))}
      onRemove={() => editTasks(update, scenario, phase, (tasks) => removeAt(tasks, index))}
    >
      <PlanTextarea
        path={`${path}.title`}
        label={t('plan_edit.field.task')}
        required
        minRows={1}
        value={task.title}
        onChange={(title) => onChange({ ...task, title })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <PlanSelect
          path={`${path}.owner`}
          label={t('plan_edit.field.owner')}
          required
          searchable
          data={roles}
          value={task.owner || undefined}
          onChange={(owner) => onChange({ ...task, owner: owner ?? '' })}
        />
        <PlanNumber
          path={`${path}.due_minutes`}
          label={t('plan_edit.field.due_minutes')}
          min={0}
          value={task.due_minutes}
          onChange={(m) =>
            onChange(m === undefined ? withOptional(task, 'due_minutes', '') : { ...task, due_minutes: m })
          }
        />
      </SimpleGrid>
      <PlanTextarea
        path={`${path}.caution`}
        label={t('plan_edit.field.caution')}
        minRows={1}
        value={task.caution ?? ''}
        onChange={(v) => onChange(withOptional(task, 'caution', v))}
      />
    </ItemCard>
  );
});
