// A list of records: a table on wide screens, a stack of cards on phones, and an empty state when there is nothing.
import type { ReactNode } from 'react';
import { Card, EmptyState, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInbox } from '@tabler/icons-react';

export interface Column<T> {
  key: string;
  label: string;
  render: (row: T) => ReactNode;
  /** Shown as the card's heading on phones instead of as a labelled line. */
  primary?: boolean;
  /** Buttons for the row: the last table column, the card's footer on phones. */
  actions?: boolean;
}

interface Props<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: { title: string; description?: ReactNode };
}

export function DataTable<T>({ caption, columns, rows, rowKey, empty }: Props<T>) {
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  if (rows.length === 0) {
    return (
      <Card withBorder padding="xl">
        <EmptyState
          icon={<IconInbox size={32} aria-hidden />}
          title={empty.title}
          description={empty.description}
        />
      </Card>
    );
  }
  if (wide) {
    return (
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
          <caption className="visually-hidden-caption">{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} scope="col">
                  {c.actions ? <span className="sr-only">{c.label}</span> : c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key} ta={c.actions ? 'right' : undefined}>
                    {c.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  const primary = columns.filter((c) => c.primary);
  const lines = columns.filter((c) => !c.primary && !c.actions);
  const actions = columns.filter((c) => c.actions);
  return (
    <Stack gap="sm" component="ul" aria-label={caption} p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((row) => (
        <Card component="li" key={rowKey(row)} withBorder padding="md">
          <Stack gap={6}>
            {primary.map((c) => (
              <div key={c.key} className="break-anywhere">
                {c.render(row)}
              </div>
            ))}
            {lines.map((c) => (
              <Group key={c.key} gap={6} wrap="nowrap" align="flex-start">
                <Text size="sm" c="dimmed" miw={110} style={{ flexShrink: 0 }}>
                  {c.label}
                </Text>
                <Text size="sm" component="div" className="break-anywhere">
                  {c.render(row)}
                </Text>
              </Group>
            ))}
            {actions.map((c) => (
              <Group key={c.key} justify="flex-end" mt={4}>
                {c.render(row)}
              </Group>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
