// Adding an action item from the review, or changing one from the review or the backlog: what to do, who owns it
// (an account, or someone without one by name), by when, and which part of the plan it changes.
import { useState, type FormEvent } from 'react';
import { Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import {
  actionItemApi,
  reviewApi,
  useActionItemChange,
  type ActionItem,
  type CreateActionItem,
} from '../../api/evaluation';
import { useDirectory } from '../../api/queries';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { usePlanPartOptions } from './plan-parts';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The item to change; none to add one to this incident's review. */
  item?: ActionItem;
  incidentId?: string;
  /** The incident page's key, so its review refreshes. */
  ikey?: string;
}

export function ActionItemModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.item ? t('evaluation.items.edit_title') : t('evaluation.items.add_title')}
      size="lg"
      centered
    >
      {props.opened && <ActionItemForm {...props} />}
    </Modal>
  );
}

/** The owner picker's choice for "someone without an account". */
const OTHER = '__other__';
const FIELDS = ['title', 'description', 'owner_account_id', 'owner_name', 'due_on', 'status', 'plan_part'];

function ActionItemForm({ item, incidentId, ikey, onClose }: Props) {
  const { t } = useTranslation();
  const accounts = useDirectory();
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [owner, setOwner] = useState<string | null>(item ? (item.owner_account_id ?? OTHER) : null);
  const [ownerName, setOwnerName] = useState(item && !item.owner_account_id ? item.owner_name : '');
  const [due, setDue] = useState(item?.due_on ?? '');
  const [status, setStatus] = useState<'open' | 'doing'>(item?.status === 'doing' ? 'doing' : 'open');
  const [planPart, setPlanPart] = useState<string | null>(item?.plan_part || null);
  const planParts = usePlanPartOptions(true, item?.plan_part || undefined);
  const ownerOptions = [
    ...(accounts.data ?? [])
      .map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    { value: OTHER, label: t('evaluation.items.owner_other') },
  ];
  const body = (): CreateActionItem => ({
    title: title.trim(),
    description: description.trim(),
    ...(owner === OTHER || owner === null ? { owner_name: ownerName } : { owner_account_id: owner }),
    due_on: due || null,
    status,
    plan_part: planPart ?? '',
  });
  const save = useActionItemChange<void>(
    () => (item ? actionItemApi.update(item.id, body()) : reviewApi(incidentId ?? '').addActionItem(body())),
    onClose,
    ikey,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={item ? t('evaluation.items.edit_title') : t('evaluation.items.add_title')}
    >
      <Stack gap="md">
        <TextInput
          label={t('evaluation.items.title')}
          description={t('evaluation.items.title_hint')}
          required
          data-autofocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(save.error, 'title')}
        />
        <Textarea
          label={t('evaluation.items.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(save.error, 'description')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Select
            label={t('evaluation.items.owner')}
            required
            placeholder={t('evaluation.items.owner_placeholder')}
            data={ownerOptions}
            value={owner}
            onChange={setOwner}
            searchable
            nothingFoundMessage={t('evaluation.items.no_accounts')}
            error={
              owner === OTHER
                ? undefined
                : (fieldError(save.error, 'owner_account_id') ?? fieldError(save.error, 'owner_name'))
            }
          />
          {owner === OTHER && (
            <TextInput
              label={t('evaluation.items.owner_name')}
              description={t('evaluation.items.owner_name_hint')}
              required
              value={ownerName}
              onChange={(e) => setOwnerName(e.currentTarget.value)}
              error={fieldError(save.error, 'owner_name')}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('evaluation.items.due')}
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
            error={fieldError(save.error, 'due_on')}
          />
          <Select
            label={t('evaluation.items.status')}
            data={(['open', 'doing'] as const).map((s) => ({ value: s, label: t(`evaluation.status.${s}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v as 'open' | 'doing')}
            allowDeselect={false}
            error={fieldError(save.error, 'status')}
          />
        </SimpleGrid>
        <Select
          label={t('evaluation.items.plan_part')}
          description={t('evaluation.items.plan_part_hint')}
          placeholder={t('evaluation.items.plan_part_none')}
          data={planParts}
          value={planPart}
          onChange={setPlanPart}
          clearable
          searchable
          error={fieldError(save.error, 'plan_part')}
        />
        <FormAlert error={save.error} fields={FIELDS} />
        <FormButtons
          onCancel={onClose}
          submitLabel={item ? t('common.save') : t('evaluation.items.add')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
