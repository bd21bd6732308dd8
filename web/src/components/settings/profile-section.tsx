// Name and language of the own account; a new language is saved at once and switches the whole UI.
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, fieldError } from '../../api/client';
import { keys } from '../../api/queries';
import type { Account, Language } from '../../api/types';
import i18n, { setUiLanguage } from '../../i18n';
import { useAccount } from '../../lib/session';
import { FormAlert } from '../form-alert';
import { LanguagePicker } from '../language-picker';
import { Section } from '../section';

export function ProfileSection() {
  const { t } = useTranslation();
  const account = useAccount();
  const queryClient = useQueryClient();
  const [name, setName] = useState(account.name);

  const update = useMutation({
    mutationFn: (patch: { name?: string; language?: Language }) => api.patch<Account>('/me', patch),
    onSuccess: (updated, patch) => {
      // Switch first, so the confirmation below already speaks the new language.
      setUiLanguage(updated.language);
      queryClient.setQueryData(keys.me, updated);
      notifications.show({
        color: 'green',
        message: patch.language ? i18n.t('settings.language_saved') : i18n.t('settings.profile_saved'),
      });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ name });
  };

  return (
    <Section title={t('settings.profile')}>
      <LanguagePicker
        label={t('settings.language')}
        description={t('settings.language_hint')}
        value={account.language}
        disabled={update.isPending}
        onChange={(language) => update.mutate({ language })}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          <TextInput
            label={t('fields.email')}
            value={account.email}
            readOnly
            description={t('settings.email_hint')}
          />
          <TextInput
            label={t('fields.name')}
            required
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(update.error, 'name')}
          />
          <FormAlert error={update.error} fields={['name', 'language']} />
          <Group>
            <Button type="submit" loading={update.isPending} disabled={name === account.name}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
