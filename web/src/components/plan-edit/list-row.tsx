// One small item of a list inside a card (a recipient, a chat webhook, a jargon term): a bordered row with its
// fields, a remove button, and the problems of the item that no field of it shows (a recipient that names nobody).
import type { ReactNode } from 'react';
import { ActionIcon, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldId, type Path } from './field-id';
import { useProblems } from './plan-edit-context';

interface Props {
  path: Path;
  /** "Recipient 2": the heading, and the name in the remove button's label. */
  title: string;
  /**
   * `card`: bordered, with the title as its heading (a chat webhook); `box`: bordered, the fields beside the remove
   * button (a recipient); `line`: no border, the fields beside the remove button (a jargon term).
   */
  look?: 'card' | 'box' | 'line';
  /** The fields the row shows, relative to `path`; problems of other fields are shown under the row. */
  shown: readonly string[];
  onRemove: () => void;
  /** Controls beside the heading (the recipient's kind). */
  aside?: ReactNode;
  children: ReactNode;
}

export function ListRow({ path, title, look = 'card', shown, onRemove, aside, children }: Props) {
  const { t } = useTranslation();
  const { problems } = useProblems();
  const visible = new Set(shown.map((field) => `${path}.${field}`));
  const rest = problems
    .filter((p) => (p.path === path || p.path.startsWith(`${path}.`)) && !visible.has(p.path))
    .map((p) => p.message);
  const remove = (
    <ActionIcon
      variant="subtle"
      color="gray"
      mt={look === 'line' ? 25 : look === 'box' ? { base: 0, sm: 25 } : undefined}
      aria-label={t('plan_edit.list.remove', { name: title })}
      onClick={onRemove}
    >
      <IconX size={16} aria-hidden />
    </ActionIcon>
  );
  const errors = rest.length > 0 && <Input.Error>{rest.join(' ')}</Input.Error>;
  const place = { id: fieldId(path), tabIndex: -1, style: { scrollMarginTop: 80 } };
  const beside = (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
        {remove}
      </Group>
      {errors}
    </Stack>
  );
  if (look === 'line') return <div {...place}>{beside}</div>;
  if (look === 'box')
    return (
      <Paper withBorder radius="sm" p="xs" {...place}>
        {beside}
      </Paper>
    );
  return (
    <Paper withBorder radius="sm" p="xs" {...place}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
          <Group gap="sm" miw={0} wrap="wrap">
            <Text size="sm" fw={500}>
              {title}
            </Text>
            {aside}
          </Group>
          {remove}
        </Group>
        {children}
        {errors}
      </Stack>
    </Paper>
  );
}
