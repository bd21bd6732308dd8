// Problems of a whole list or item rather than of one field ("there is no role 'scribe'"), shown above it.
import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { fieldId, type Path } from './field-id';
import { messagesAt, useProblems } from './plan-edit-context';

export function ListProblems({ path, withId = false }: { path: Path; withId?: boolean }) {
  const { problems } = useProblems();
  const messages = messagesAt(problems, path);
  if (messages.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      id={withId ? fieldId(path) : undefined}
      tabIndex={withId ? -1 : undefined}
      p="xs"
    >
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
