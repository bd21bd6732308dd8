// First run: creates the organisation and its first admin (the person filling in the form), then logs them in.
import { useState, type FormEvent } from 'react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, fieldError } from '../api/client';
import { keys } from '../api/queries';
import type { Account } from '../api/types';
import { FormAlert } from '../components/form-alert';
import { LanguagePicker } from '../components/language-picker';
import { PasswordPair, usePasswordPair } from '../components/password-pair';
import { PublicLayout } from '../components/public-layout';
import { currentLanguage, setUiLanguage } from '../i18n';
import { usePageTitle } from '../lib/use-page-title';

const FIELDS = ['organisation_name', 'language', 'name', 'email', 'password'] as const;

export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  const queryClient = useQueryClient();
  const [organisation, setOrganisation] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const language = currentLanguage();
  const pair = usePasswordPair();

  const setup = useMutation({
    mutationFn: () =>
      api.post<Account>('/setup', {
        organisation_name: organisation,
        language,
        name,
        email,
        password: pair.password,
      }),
    onSuccess: async (account) => {
      queryClient.setQueryData(keys.me, account);
      await queryClient.invalidateQueries({ queryKey: keys.system });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pair.check()) setup.mutate();
  };

  return (
    <PublicLayout title={t('setup.title')} intro={t('setup.intro')} width={520}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('setup.organisation_name')}
            description={t('setup.organisation_hint')}
            required
            autoFocus
            autoComplete="organization"
            value={organisation}
            onChange={(e) => setOrganisation(e.currentTarget.value)}
            error={fieldError(setup.error, 'organisation_name')}
          />
          <LanguagePicker
            label={t('setup.language')}
            description={t('setup.language_hint')}
            value={language}
            onChange={setUiLanguage}
          />
          <Text fw={600} mt="xs">
            {t('setup.admin_heading')}
          </Text>
          <TextInput
            label={t('fields.name')}
            required
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(setup.error, 'name')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            required
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(setup.error, 'email')}
          />
          <PasswordPair
            pair={pair}
            label={t('fields.password')}
            serverError={fieldError(setup.error, 'password')}
          />
          <FormAlert error={setup.error} fields={FIELDS} />
          <Button type="submit" loading={setup.isPending} fullWidth>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
