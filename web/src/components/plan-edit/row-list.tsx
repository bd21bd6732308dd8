// A list of small items inside a card (recipients, chat webhooks, webhook receivers, jargon terms): its label and
// hint, its items, the problems of the list itself ("not used: the audience has no chat channel"), and an add button.
import type { ReactNode } from 'react';
import { Button, Group, Input, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { fieldId, type Path } from './field-id';
import { FieldGroup } from './field-group';
import { messagesAt, useProblems } from './plan-edit-context';

interface Props {
  path: Path;
  legend: string;
  description: string;
  /** Said when the list is empty: what happens without items. */
  empty: string;
  count: number;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

export function RowList({ path, legend, description, empty, count, addLabel, onAdd, children }: Props) {
  const { problems } = useProblems();
  const own = messagesAt(problems, path);
  const add = () => {
    onAdd();
    // The new row's first input; the row itself when it has none yet.
    requestAnimationFrame(() => {
      const row = document.getElementById(fieldId(`${path}.${count}`));
      const input = row?.querySelector<HTMLElement>('input:not([type=radio]), textarea');
      (input ?? row)?.focus();
    });
  };
  return (
    <FieldGroup id={fieldId(path)} legend={legend} description={description}>
      {count === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {children}
      {own.length > 0 && <Input.Error>{own.join(' ')}</Input.Error>}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={add}
        >
          {addLabel}
        </Button>
      </Group>
    </FieldGroup>
  );
}
