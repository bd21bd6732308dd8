// Creating an API token: a name, then the token itself, shown exactly once with a copy button.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, fieldError } from '../../api/client';
import type { CreatedToken } from '../../api/types';
import { FormAlert } from '../form-alert';

export function CreateToken() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const create = useMutation({
    mutationFn: () => api.post<CreatedToken>('/tokens', { name }),
    onSuccess: async (result) => {
      setCreated(result);
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('tokens.new_name')}
              description={t('tokens.new_name_hint')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(create.error, 'name')}
              style={{ flex: '1 1 240px' }}
              maw={420}
            />
          </Group>
          <FormAlert error={create.error} fields={['name']} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('tokens.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={created !== null}
        onClose={() => setCreated(null)}
        title={t('tokens.created_title')}
        size="lg"
        centered
        closeOnClickOutside={false}
      >
        {created && (
          <Stack>
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('tokens.once_title')}
            >
              {t('tokens.once_body')}
            </Alert>
            <Text size="sm" fw={500} id="new-token-label">
              {t('tokens.token_for', { name: created.api_token.name })}
            </Text>
            <Code
              block
              aria-labelledby="new-token-label"
              className="break-anywhere"
              fz="sm"
              data-testid="new-token"
            >
              {created.token}
            </Code>
            <Group justify="space-between">
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'light' : 'filled'}
                    color={copied ? 'green' : undefined}
                    leftSection={
                      copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                    }
                    onClick={copy}
                  >
                    {copied ? t('tokens.copied') : t('tokens.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button variant="default" onClick={() => setCreated(null)}>
                {t('tokens.done')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
