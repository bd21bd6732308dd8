// One field of a notification draft: its label, a "pre-filled" badge while it still holds what Stormbell filled
// in, and the text to edit (read-only once the draft is the document as sent).
import { Badge, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftField } from '../../api/legal';

interface Props {
  field: DraftField;
  value: string;
  edited: boolean;
  readOnly: boolean;
  onChange: (value: string) => void;
}

export function DraftFieldInput({ field, value, edited, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const prefilled = field.prefilled && !edited;
  const id = `draft-${field.key}`;
  if (readOnly)
    return (
      <div>
        <Text size="sm" fw={600}>
          {field.label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={value ? undefined : 'dimmed'}>
          {value || t('legal.draft.empty')}
        </Text>
      </div>
    );
  return (
    <Textarea
      id={id}
      label={
        <Group gap={6} component="span" wrap="wrap">
          <span>{field.label}</span>
          {prefilled && (
            <Badge size="xs" variant="light" color="blue" component="span">
              {t('legal.draft.prefilled')}
            </Badge>
          )}
          {edited && (
            <Badge size="xs" variant="light" color="yellow" component="span">
              {t('legal.draft.unsaved')}
            </Badge>
          )}
        </Group>
      }
      autosize
      minRows={2}
      maxRows={16}
      maxLength={20_000}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
