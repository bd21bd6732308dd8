// Admin: add or rename a group of components (names in both languages, its place on the page).
import { useState, type FormEvent } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { statusApi, useStatusChange, type ComponentGroup } from '../../api/status-page';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { LocalisedFields, localisedError } from './localised-fields';
import { PositionInput } from './position-input';
import { StatusModal } from './status-modal';

interface Props {
  opened: boolean;
  /** The group to edit; null adds a new one. */
  group: ComponentGroup | null;
  nextPosition: number;
  onClose: () => void;
}

export function GroupModal({ opened, group, nextPosition, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <StatusModal
      opened={opened}
      onClose={onClose}
      title={group ? t('status.group.edit_title') : t('status.group.add_title')}
      size="lg"
    >
      <GroupForm group={group} nextPosition={nextPosition} onClose={onClose} />
    </StatusModal>
  );
}

function GroupForm({ group, nextPosition, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [name, setName] = useState(group?.name ?? { nl: '', en: '' });
  const [position, setPosition] = useState<number>(group?.position ?? nextPosition);
  const save = useStatusChange(
    () =>
      group ? statusApi.updateGroup(group.id, { name, position }) : statusApi.createGroup({ name, position }),
    onClose,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <LocalisedFields
          label={t('status.group.name')}
          description={t('status.group.name_hint')}
          value={name}
          onChange={setName}
          maxLength={120}
          error={localisedError(save.error, 'name')}
          autoFocus
        />
        <PositionInput
          value={position}
          onChange={setPosition}
          error={fieldError(save.error, 'position')}
          maw={200}
        />
        <FormAlert error={save.error} fields={['name', 'nl', 'en', 'position']} />
        <FormButtons
          onCancel={onClose}
          submitLabel={group ? t('common.save') : t('status.group.add')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
