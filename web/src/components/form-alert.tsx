// Shows what went wrong with a form: the server's detail, plus field problems no input on the form shows.
import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../api/client';

interface Props {
  error: unknown;
  /** The fields the form shows errors under; others are listed here. */
  fields?: readonly string[];
}

export function FormAlert({ error, fields = [] }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const others = error instanceof ApiError ? error.fieldErrors.filter((e) => !fields.includes(e.field)) : [];
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={t('common.error_title')}
      role="alert"
    >
      {errorMessage(error)}
      {others.length > 0 && (
        <List size="sm" mt={4}>
          {others.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>
              {e.field}: {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
