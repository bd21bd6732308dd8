// A list of short texts (criteria, detection hints): one input per item, each removable, and a button to add one.
import { ActionIcon, Button, Group, Input, Textarea } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './field-id';
import { FieldGroup } from './field-group';
import { removeAt, replaceAt } from './list-ops';
import { messagesAt, useField, useProblems } from './plan-edit-context';

interface Props {
  path: string;
  label: string;
  description?: string;
  /** What one item is called, numbered for its input's label: "Criterion 2". */
  itemLabel: string;
  addLabel: string;
  value: readonly string[];
  onChange: (items: string[]) => void;
}

export function TextListField({ path, label, description, itemLabel, addLabel, value, onChange }: Props) {
  const { t } = useTranslation();
  const { problems } = useProblems();
  const own = messagesAt(problems, path);
  const add = () => {
    onChange([...value, '']);
    requestAnimationFrame(() => document.getElementById(fieldId(`${path}.${value.length}`))?.focus());
  };
  return (
    <FieldGroup id={fieldId(path)} legend={label} description={description}>
      {value.map((item, i) => (
        <Row
          key={i}
          path={`${path}.${i}`}
          label={`${itemLabel} ${i + 1}`}
          removeLabel={t('plan_edit.list.remove', { name: `${itemLabel} ${i + 1}` })}
          value={item}
          onChange={(text) => onChange(replaceAt(value, i, text))}
          onRemove={() => onChange(removeAt(value, i))}
        />
      ))}
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

interface RowProps {
  path: string;
  label: string;
  removeLabel: string;
  value: string;
  onChange: (value: string) => void;
  onRemove: () => void;
}

function Row({ path, label, removeLabel, value, onChange, onRemove }: RowProps) {
  const field = useField(path);
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Textarea
        {...field}
        aria-label={label}
        autosize
        minRows={1}
        maxRows={8}
        style={{ flex: 1 }}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <ActionIcon variant="subtle" color="gray" mt={4} aria-label={removeLabel} onClick={onRemove}>
        <IconX size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
