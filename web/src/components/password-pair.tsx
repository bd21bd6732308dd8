// A new password with its confirmation: checks they match before the server checks the rest.
import { useState } from 'react';
import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../api/types';

export function usePasswordPair() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const mismatch = confirm !== password;
  return {
    password,
    confirm,
    setPassword,
    setConfirm,
    mismatch,
    /** Call on submit: true when the pair may be sent. */
    check: () => {
      setSubmitted(true);
      return !mismatch;
    },
    showMismatch: submitted && mismatch,
    reset: () => {
      setPassword('');
      setConfirm('');
      setSubmitted(false);
    },
  };
}

interface Props {
  pair: ReturnType<typeof usePasswordPair>;
  label?: string;
  serverError?: string;
  autoFocus?: boolean;
}

export function PasswordPair({ pair, label, serverError, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label ?? t('fields.new_password')}
        description={t('fields.password_hint', { min: PASSWORD_MIN })}
        autoComplete="new-password"
        required
        autoFocus={autoFocus}
        value={pair.password}
        onChange={(e) => pair.setPassword(e.currentTarget.value)}
        error={serverError}
      />
      <PasswordInput
        label={t('fields.confirm_password')}
        autoComplete="new-password"
        required
        value={pair.confirm}
        onChange={(e) => pair.setConfirm(e.currentTarget.value)}
        error={pair.showMismatch ? t('fields.password_mismatch') : undefined}
      />
    </Stack>
  );
}
