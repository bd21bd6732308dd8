// Adding a task by hand, or changing a task's title, owner (a role or a person) and due time.
import { useState, type FormEvent } from 'react';
import { Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import {
  PHASES,
  useIncidentChange,
  type IncidentDetail,
  type IncidentTask,
  type TaskPhase,
} from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { useAccountOptions } from './account-options';
import { useRoleOptions } from './role-options';
import { fromLocalInput, toLocalInput } from './when';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  /** The task to change; none to add one. */
  task?: IncidentTask;
  phase?: TaskPhase;
  opened: boolean;
  onClose: () => void;
}

export function TaskFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.task ? t('incidents.tasks.edit_title') : t('incidents.tasks.add_title')}
      size="lg"
      centered
    >
      {props.opened && <TaskForm {...props} />}
    </Modal>
  );
}

const FIELDS = ['phase', 'title', 'owner_role', 'owner_account_id', 'due_at', 'caution'] as const;

function TaskForm({ incident, ikey, task, phase: initialPhase, onClose }: Props) {
  const { t } = useTranslation();
  const roles = useRoleOptions(incident);
  const accounts = useAccountOptions(incident);
  const open = PHASES.filter((p) => p !== 'closed');
  const [phase, setPhase] = useState<TaskPhase>(() => {
    const p = task?.phase ?? initialPhase ?? incident.phase;
    return p === 'closed' ? 'evaluation' : p;
  });
  const [title, setTitle] = useState(task?.title ?? '');
  const [role, setRole] = useState<string | null>(task?.owner_role ?? null);
  const [person, setPerson] = useState<string | null>(task?.owner_account_id ?? null);
  const [due, setDue] = useState(toLocalInput(task?.due_at));
  const [caution, setCaution] = useState(task?.caution ?? '');
  const save = useIncidentChange<void>(
    ikey,
    incident.id,
    (api) =>
      task
        ? api.changeTask(task.id, {
            ...(title.trim() !== task.title ? { title: title.trim() } : {}),
            owner_role: role,
            owner_account_id: person,
            due_at: fromLocalInput(due) ?? null,
          })
        : api.addTask({
            phase,
            title: title.trim(),
            ...(role ? { owner_role: role } : {}),
            ...(person ? { owner_account_id: person } : {}),
            ...(fromLocalInput(due) ? { due_at: fromLocalInput(due) } : {}),
            ...(caution.trim() ? { caution: caution.trim() } : {}),
          }),
    onClose,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('incidents.tasks.task_title')}
          required
          data-autofocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(save.error, 'title')}
        />
        {!task && (
          <Select
            label={t('incidents.tasks.phase')}
            data={open.map((p) => ({ value: p, label: t(`incidents.phase.${p}`) }))}
            value={phase}
            onChange={(v) => v && setPhase(v as TaskPhase)}
            allowDeselect={false}
            error={fieldError(save.error, 'phase')}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Select
            label={t('incidents.tasks.owner_role')}
            placeholder={t('incidents.tasks.nobody')}
            data={roles}
            value={role}
            onChange={setRole}
            clearable
            searchable
            error={fieldError(save.error, 'owner_role')}
          />
          <Select
            label={t('incidents.tasks.owner_person')}
            placeholder={t('incidents.tasks.nobody')}
            data={accounts}
            value={person}
            onChange={setPerson}
            clearable
            searchable
            nothingFoundMessage={t('incidents.tasks.no_accounts')}
            error={fieldError(save.error, 'owner_account_id')}
          />
        </SimpleGrid>
        <TextInput
          type="datetime-local"
          label={t('incidents.tasks.due')}
          description={t('incidents.tasks.due_hint')}
          value={due}
          onChange={(e) => setDue(e.currentTarget.value)}
          error={fieldError(save.error, 'due_at')}
        />
        {!task && (
          <Textarea
            label={t('incidents.tasks.caution')}
            description={t('incidents.tasks.caution_hint')}
            autosize
            minRows={2}
            value={caution}
            onChange={(e) => setCaution(e.currentTarget.value)}
            error={fieldError(save.error, 'caution')}
          />
        )}
        <FormAlert error={save.error} fields={FIELDS} />
        <FormButtons
          onCancel={onClose}
          submitLabel={task ? t('common.save') : t('incidents.tasks.add')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
