// Adds an item to a plan list by its name: the id is made from the name, the admin fills in the rest.
import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldId, type Path } from './field-id';

interface Props {
  /** The list the item goes into; the new item's card gets the focus. */
  listPath: Path;
  count: number;
  label: string;
  button: string;
  onAdd: (name: string) => void;
}

export function AddItem({ listPath, count, label, button, onAdd }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError(t('plan_edit.add.name_required'));
      return;
    }
    onAdd(name.trim());
    setName('');
    setError(undefined);
    requestAnimationFrame(() => {
      const card = document.getElementById(fieldId(`${listPath}.${count}`));
      card?.scrollIntoView({ block: 'start' });
      card?.focus({ preventScroll: true });
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={label}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          autoComplete="off"
          style={{ flex: 1 }}
          maw={420}
        />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} mt={25}>
          {button}
        </Button>
      </Group>
    </form>
  );
}
