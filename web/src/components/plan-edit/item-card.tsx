// One item of a plan list (a person, a role, a task): its heading, problems, and buttons to move or remove it.
import type { ReactNode } from 'react';
import { ActionIcon, Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldId, type Path } from './field-id';
import { ListProblems } from './list-problems';
import { useProblemCount } from './plan-edit-context';

interface Props {
  listPath: Path;
  index: number;
  count: number;
  title: string;
  /** Heading level: 3 for the items of a section, 4 for tasks inside a scenario. */
  order?: 3 | 4;
  onMove?: (to: number) => void;
  onRemove: () => void;
  children: ReactNode;
}

/** After a move the item is elsewhere: keep the keyboard on its buttons (the other arrow at the list's end). */
function focusLater(ids: string[]) {
  requestAnimationFrame(() => {
    const button = ids
      .map((id) => document.getElementById(id))
      .find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && !el.disabled);
    button?.focus();
  });
}

export function ItemCard({ listPath, index, count, title, order = 3, onMove, onRemove, children }: Props) {
  const { t } = useTranslation();
  const path = `${listPath}.${index}`;
  const problems = useProblemCount(path);
  const idAt = (i: number, what: string) => `${fieldId(`${listPath}.${i}`)}-${what}`;
  const moveTo = (to: number, what: 'up' | 'down') => {
    onMove?.(to);
    focusLater([idAt(to, what), idAt(to, what === 'up' ? 'down' : 'up')]);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      id={fieldId(path)}
      tabIndex={-1}
      component="section"
      aria-labelledby={idAt(index, 'heading')}
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Group gap="xs" miw={0}>
            <Title
              order={order}
              fz={order === 3 ? 'md' : 'sm'}
              id={idAt(index, 'heading')}
              className="break-anywhere"
            >
              {title}
            </Title>
            {problems > 0 && (
              <Badge color="red" variant="light" size="sm">
                {t('plan_edit.problems', { count: problems })}
              </Badge>
            )}
          </Group>
          <Group gap={4} wrap="nowrap">
            {onMove && (
              <>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  id={idAt(index, 'up')}
                  disabled={index === 0}
                  aria-label={t('plan_edit.list.move_up', { name: title })}
                  onClick={() => moveTo(index - 1, 'up')}
                >
                  <IconArrowUp size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  id={idAt(index, 'down')}
                  disabled={index === count - 1}
                  aria-label={t('plan_edit.list.move_down', { name: title })}
                  onClick={() => moveTo(index + 1, 'down')}
                >
                  <IconArrowDown size={18} aria-hidden />
                </ActionIcon>
              </>
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('plan_edit.list.remove', { name: title })}
              onClick={onRemove}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <ListProblems path={path} />
        {children}
      </Stack>
    </Paper>
  );
}
