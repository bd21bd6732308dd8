// The page behind invitation and password-reset links: shows whom the link is for, sets a password, logs in.
import { useEffect, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, errorMessage, fieldError } from '../api/client';
import { keys, useAccountToken } from '../api/queries';
import type { Account } from '../api/types';
import { FormAlert } from '../components/form-alert';
import { PasswordPair, usePasswordPair } from '../components/password-pair';
import { PublicLayout } from '../components/public-layout';
import { setUiLanguage } from '../i18n';
import { usePageTitle } from '../lib/use-page-title';

export function AccountTokenPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const info = useAccountToken(token);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pair = usePasswordPair();
  const invitation = info.data?.purpose === 'invitation';
  const title = info.data
    ? invitation
      ? t('token_page.invitation_title', { name: info.data.name })
      : t('token_page.reset_title')
    : t('token_page.title');
  usePageTitle(title);

  // The link is meant for one person: speak their language.
  const language = info.data?.language;
  useEffect(() => {
    if (language) setUiLanguage(language);
  }, [language]);

  const complete = useMutation({
    mutationFn: () => api.post<Account>('/auth/account-token', { token, password: pair.password }),
    onSuccess: (account) => {
      // Whoever was logged in before, the session now belongs to this account.
      queryClient.removeQueries({
        predicate: (q) => !['system', 'me', 'account-token'].includes(String(q.queryKey[0])),
      });
      queryClient.setQueryData(keys.me, account);
      void navigate('/', { replace: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pair.check()) complete.mutate();
  };

  if (info.isPending) {
    return (
      <PublicLayout title={title}>
        <Stack gap="sm" role="status" aria-label={t('common.loading')}>
          <Skeleton height={20} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      </PublicLayout>
    );
  }

  if (info.error || !info.data) {
    return (
      <PublicLayout title={t('token_page.invalid_title')}>
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(info.error)}
        </Alert>
        <Group gap="lg">
          <Anchor component={Link} to="/forgot-password">
            {t('token_page.request_new')}
          </Anchor>
          <Anchor component={Link} to="/login">
            {t('token_page.to_login')}
          </Anchor>
        </Group>
      </PublicLayout>
    );
  }

  const who = info.data;
  return (
    <PublicLayout
      title={title}
      intro={
        invitation
          ? t('token_page.invitation_intro', { email: who.email })
          : t('token_page.reset_intro', { email: who.email })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={who.email} readOnly hidden />
          <Text size="sm">
            {t('token_page.account')}: <strong>{who.name}</strong> ({who.email})
          </Text>
          <PasswordPair pair={pair} autoFocus serverError={fieldError(complete.error, 'password')} />
          <FormAlert error={complete.error} fields={['password']} />
          <Button type="submit" loading={complete.isPending} fullWidth>
            {invitation ? t('token_page.submit_invitation') : t('token_page.submit_reset')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
