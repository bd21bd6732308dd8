// Admin: a new intake token for one monitoring source, shown exactly once with copy and the set-up filled in.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { INTAKE_SOURCES, triageApi, triageKeys, type IntakeSource, type IntakeToken } from '../../api/triage';
import { FormAlert } from '../form-alert';
import { CopyValue } from './copy-value';
import { SourceInstructions } from './intake-instructions';

export function IntakeTokenCreate() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [source, setSource] = useState<IntakeSource>('alertmanager');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ token: string; intake_token: IntakeToken } | null>(null);

  const create = useMutation({
    mutationFn: () => triageApi.createToken(source, name.trim()),
    onSuccess: async (result) => {
      setCreated(result);
      setName('');
      await client.invalidateQueries({ queryKey: triageKeys.tokens });
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
            <Select
              label={t('triage.intake.source')}
              required
              allowDeselect={false}
              data={INTAKE_SOURCES.map((s) => ({ value: s, label: t(`triage.source.${s}`) }))}
              value={source}
              onChange={(v) => v && setSource(v as IntakeSource)}
              error={fieldError(create.error, 'source')}
              w={{ base: '100%', xs: 220 }}
            />
            <TextInput
              label={t('triage.intake.token_name')}
              description={t('triage.intake.token_name_hint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              required
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(create.error, 'name')}
              style={{ flex: '1 1 240px' }}
              maw={420}
            />
          </Group>
          <FormAlert error={create.error} fields={['source', 'name']} />
          <Group>
            <Button type="submit" loading={create.isPending} leftSection={<IconPlus size={18} aria-hidden />}>
              {t('triage.intake.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={created !== null}
        onClose={() => setCreated(null)}
        title={t('triage.intake.created_title')}
        size="xl"
        fullScreen={phone}
        closeOnClickOutside={false}
      >
        {created && (
          <Stack>
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('triage.intake.once_title')}
            >
              {t('triage.intake.once_body')}
            </Alert>
            <Text size="sm" fw={500}>
              {t('triage.intake.token_for', {
                name: created.intake_token.name,
                source: t(`triage.source.${created.intake_token.source}`),
              })}
            </Text>
            <CopyValue
              value={created.token}
              label={t('triage.intake.copy_token')}
              testId="new-intake-token"
            />
            <SourceInstructions source={created.intake_token.source} token={created.token} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCreated(null)}>
                {t('triage.intake.done')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
