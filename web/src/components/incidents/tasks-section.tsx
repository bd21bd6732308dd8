// The checklists per phase: the current phase open first, overdue tasks marked, and a task added by hand.
import { useState } from 'react';
import { Accordion, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  PHASES,
  useIncidentChange,
  type IncidentDetail,
  type IncidentTask,
  type TaskChange,
  type TaskPhase,
} from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { IncidentSection, useBareSections } from './incident-section';
import { ReasonModal } from './reason-modal';
import { TaskFormModal } from './task-form-modal';
import { TaskItem } from './task-item';

const TASK_PHASES = PHASES.filter((p): p is TaskPhase => p !== 'closed');

export function TasksSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const bare = useBareSections();
  const current: TaskPhase = incident.phase === 'closed' ? 'evaluation' : incident.phase;
  const byPhase = (p: TaskPhase) =>
    incident.tasks.filter((task) => task.phase === p).sort((a, b) => a.position - b.position);
  // Open at first: the current phase, and any phase with an overdue task.
  const [open, setOpen] = useState<string[]>(() => [
    current,
    ...TASK_PHASES.filter((p) => p !== current && byPhase(p).some((task) => task.overdue)),
  ]);
  const [skipping, setSkipping] = useState<IncidentTask | null>(null);
  const [editing, setEditing] = useState<IncidentTask | null>(null);
  const [adding, setAdding] = useState<TaskPhase | null>(null);
  const change = useIncidentChange<{ id: string; change: TaskChange }>(
    ikey,
    incident.id,
    (api, v) => api.changeTask(v.id, v.change),
    () => setSkipping(null),
  );

  return (
    <IncidentSection id="tasks" title={t('incidents.tasks.title')} description={t('incidents.tasks.intro')}>
      {incident.can_act && incident.phase !== 'closed' && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(current)}
          >
            {t('incidents.tasks.add_title')}
          </Button>
        </Group>
      )}
      {!skipping && <FormAlert error={change.error} />}
      <Accordion
        multiple
        value={open}
        onChange={setOpen}
        variant={bare ? 'default' : 'separated'}
        chevronPosition="left"
        styles={bare ? { control: { paddingInline: 0 }, content: { paddingInline: 0 } } : undefined}
      >
        {TASK_PHASES.map((p) => {
          const tasks = byPhase(p);
          const done = tasks.filter((task) => task.status === 'done' || task.status === 'skipped').length;
          const overdue = tasks.filter((task) => task.overdue).length;
          return (
            <Accordion.Item key={p} value={p}>
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text fw={p === current ? 700 : 500}>{t(`incidents.phase.${p}`)}</Text>
                  {p === current && incident.phase !== 'closed' && (
                    <Badge size="sm" variant="light" tt="none">
                      {t('incidents.tasks.current')}
                    </Badge>
                  )}
                  <Text size="sm" c="dimmed">
                    {t('incidents.tasks.progress', { done, total: tasks.length })}
                  </Text>
                  {overdue > 0 && (
                    <Badge size="sm" color="red" variant="filled" tt="none">
                      {t('incidents.list.overdue_tasks', { count: overdue })}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {tasks.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('incidents.tasks.none')}
                  </Text>
                ) : (
                  <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {tasks.map((task) => (
                      <TaskItem
                        key={task.id}
                        task={task}
                        canAct={incident.can_act && incident.phase !== 'closed'}
                        busy={change.isPending && change.variables?.id === task.id}
                        onStatus={(status) => change.mutate({ id: task.id, change: { status } })}
                        onSkip={() => {
                          change.reset();
                          setSkipping(task);
                        }}
                        onEdit={() => setEditing(task)}
                      />
                    ))}
                  </Stack>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <ReasonModal
        opened={skipping !== null}
        title={t('incidents.tasks.skip_title')}
        intro={skipping?.title}
        reasonLabel={t('incidents.tasks.skip_reason')}
        confirmLabel={t('incidents.tasks.skip')}
        loading={change.isPending}
        error={change.error}
        onConfirm={(reason) =>
          skipping && change.mutate({ id: skipping.id, change: { status: 'skipped', reason } })
        }
        onClose={() => setSkipping(null)}
      />
      <TaskFormModal
        incident={incident}
        ikey={ikey}
        task={editing ?? undefined}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <TaskFormModal
        incident={incident}
        ikey={ikey}
        phase={adding ?? undefined}
        opened={adding !== null}
        onClose={() => setAdding(null)}
      />
    </IncidentSection>
  );
}
