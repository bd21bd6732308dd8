// Asks for a password-reset link; always answers the same way, so it does not reveal who has an account.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, fieldError } from '../api/client';
import { FormAlert } from '../components/form-alert';
import { PublicLayout } from '../components/public-layout';
import { usePageTitle } from '../lib/use-page-title';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api.post('/auth/password-reset', { email }) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };

  return (
    <PublicLayout title={t('forgot.title')} intro={request.isSuccess ? undefined : t('forgot.intro')}>
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
            {t('forgot.sent', { email })}
          </Alert>
          <Anchor component={Link} to="/login">
            {t('forgot.back')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('fields.email')}
              type="email"
              required
              autoFocus
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(request.error, 'email')}
            />
            <FormAlert error={request.error} fields={['email']} />
            <Button type="submit" loading={request.isPending} fullWidth>
              {t('forgot.submit')}
            </Button>
            <Anchor component={Link} to="/login" size="sm" ta="center">
              {t('forgot.back')}
            </Anchor>
          </Stack>
        </form>
      )}
    </PublicLayout>
  );
}
