// Login with email and password; a rate-limited login shows the server's "try again in ..." prominently.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, fieldError } from '../api/client';
import { keys, useSystem } from '../api/queries';
import type { Account } from '../api/types';
import { FormAlert } from '../components/form-alert';
import { PublicLayout } from '../components/public-layout';
import { setUiLanguage } from '../i18n';
import { usePageTitle } from '../lib/use-page-title';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const queryClient = useQueryClient();
  const system = useSystem();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const login = useMutation({
    mutationFn: () => api.post<Account>('/auth/login', { email, password }),
    onSuccess: (account) => {
      setUiLanguage(account.language);
      queryClient.setQueryData(keys.me, account);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };

  const limited = login.error instanceof ApiError && login.error.status === 429 ? login.error : null;
  const organisation = system.data?.organisation?.name;

  return (
    <PublicLayout
      title={t('login.title')}
      intro={organisation ? t('login.intro_org', { organisation }) : t('login.intro')}
    >
      {limited && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconClockPause aria-hidden />}
          title={t('login.rate_limited_title')}
          role="alert"
        >
          {limited.detail}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('fields.email')}
            type="email"
            required
            autoFocus
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(login.error, 'email')}
          />
          <PasswordInput
            label={t('fields.password')}
            required
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(login.error, 'password')}
          />
          {!limited && <FormAlert error={login.error} fields={['email', 'password']} />}
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('login.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
            {t('login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </PublicLayout>
  );
}
