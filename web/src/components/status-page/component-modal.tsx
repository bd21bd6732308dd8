// Admin: add or edit a component (names and descriptions in both languages, its group and place on the page).
import { useState, type FormEvent } from 'react';
import { Group, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { statusApi, useStatusChange, type ComponentGroup, type StatusComponent } from '../../api/status-page';
import { currentLanguage } from '../../i18n';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { LocalisedFields, localisedError } from './localised-fields';
import { PositionInput } from './position-input';
import { StatusModal } from './status-modal';
import { localName } from './status-words';

interface Props {
  opened: boolean;
  /** The component to edit; null adds a new one. */
  component: StatusComponent | null;
  groups: ComponentGroup[];
  /** The group a new component starts in (the group whose "add" was pressed). */
  groupId: string | null;
  nextPosition: number;
  onClose: () => void;
}

const NO_GROUP = '';

export function ComponentModal({ opened, component, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <StatusModal
      opened={opened}
      onClose={onClose}
      title={component ? t('status.component.edit_title') : t('status.component.add_title')}
      size="lg"
    >
      <ComponentForm component={component} onClose={onClose} {...rest} />
    </StatusModal>
  );
}

function ComponentForm({ component, groups, groupId, nextPosition, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [name, setName] = useState(component?.name ?? { nl: '', en: '' });
  const [description, setDescription] = useState(component?.description ?? { nl: '', en: '' });
  const [group, setGroup] = useState<string>(
    component ? (component.group_id ?? NO_GROUP) : (groupId ?? NO_GROUP),
  );
  const [position, setPosition] = useState<number>(component?.position ?? nextPosition);
  const save = useStatusChange(() => {
    const body = { name, description, group_id: group || null, position };
    return component ? statusApi.updateComponent(component.id, body) : statusApi.createComponent(body);
  }, onClose);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('status.component.form_label')}>
      <Stack gap="md">
        <LocalisedFields
          label={t('status.component.name')}
          description={t('status.component.name_hint')}
          value={name}
          onChange={setName}
          maxLength={120}
          error={localisedError(save.error, 'name')}
          autoFocus
        />
        <LocalisedFields
          label={t('status.component.description')}
          description={t('status.component.description_hint')}
          value={description}
          onChange={setDescription}
          maxLength={500}
          error={fieldError(save.error, 'description')}
        />
        <Group gap="sm" align="flex-start" grow preventGrowOverflow={false}>
          <Select
            label={t('status.component.group')}
            description={t('status.component.group_hint')}
            data={[
              { value: NO_GROUP, label: t('status.component.no_group') },
              ...groups.map((g) => ({ value: g.id, label: localName(g.name, lang) })),
            ]}
            value={group}
            onChange={(v) => setGroup(v ?? NO_GROUP)}
            allowDeselect={false}
            error={fieldError(save.error, 'group_id')}
            miw={200}
          />
          <PositionInput
            value={position}
            onChange={setPosition}
            error={fieldError(save.error, 'position')}
            miw={140}
          />
        </Group>
        <FormAlert error={save.error} fields={['name', 'nl', 'en', 'description', 'group_id', 'position']} />
        <FormButtons
          onCancel={onClose}
          submitLabel={component ? t('common.save') : t('status.component.add')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
