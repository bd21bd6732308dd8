// Admin: add or rename a group of components (names in both languages, its place on the page).
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { statusApi, useStatusChange, type ComponentGroup } from '../../api/status-page';
import { FormAlert } from '../form-alert';
import { LocalisedFields } from './localised-fields';

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
    <Modal
      closeButtonProps={{ 'aria-label': t('status.close') }}
      opened={opened}
      onClose={onClose}
      title={group ? t('status.group.edit_title') : t('status.group.add_title')}
      centered
      size="lg"
    >
      {opened && <GroupForm group={group} nextPosition={nextPosition} onClose={onClose} />}
    </Modal>
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
          error={
            fieldError(save.error, 'name') ?? fieldError(save.error, 'nl') ?? fieldError(save.error, 'en')
          }
          autoFocus
        />
        <NumberInput
          label={t('status.position')}
          description={t('status.position_hint')}
          min={0}
          max={10000}
          allowDecimal={false}
          value={position}
          onChange={(v) => setPosition(typeof v === 'number' ? v : 0)}
          error={fieldError(save.error, 'position')}
          maw={200}
        />
        <FormAlert error={save.error} fields={['name', 'nl', 'en', 'position']} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {group ? t('common.save') : t('status.group.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
