// Changing the own password: the current one proves it is really you.
import { useState, type FormEvent } from 'react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, fieldError } from '../../api/client';
import { useAccount } from '../../lib/session';
import { FormAlert } from '../form-alert';
import { PasswordPair, usePasswordPair } from '../password-pair';
import { Section } from '../section';

export function PasswordSection() {
  const { t } = useTranslation();
  const account = useAccount();
  const [current, setCurrent] = useState('');
  const pair = usePasswordPair();

  const change = useMutation({
    mutationFn: () => api.post('/me/password', { current_password: current, new_password: pair.password }),
    onSuccess: () => {
      setCurrent('');
      pair.reset();
      notifications.show({ color: 'green', message: t('settings.password_changed') });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pair.check()) change.mutate();
  };

  return (
    <Section title={t('settings.password')} description={t('settings.password_intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
          <PasswordInput
            label={t('fields.current_password')}
            required
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fieldError(change.error, 'current_password')}
          />
          <PasswordPair pair={pair} serverError={fieldError(change.error, 'new_password')} />
          <FormAlert error={change.error} fields={['current_password', 'new_password']} />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('settings.change_password')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
