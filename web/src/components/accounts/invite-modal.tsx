// Inviting someone: email, name, language and access level; the server mails them a link to choose a password.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, fieldError } from '../../api/client';
import { keys } from '../../api/queries';
import { ACCESS_LEVELS, type Account, type AccessLevel, type Language } from '../../api/types';
import { useSystemInfo } from '../../lib/session';
import { FormAlert } from '../form-alert';
import { LanguagePicker } from '../language-picker';

const FIELDS = ['email', 'name', 'language', 'access_level'] as const;

export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const system = useSystemInfo();
  const queryClient = useQueryClient();
  const defaultLanguage = system.organisation?.default_language ?? 'nl';
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [level, setLevel] = useState<AccessLevel>('responder');

  const invite = useMutation({
    mutationFn: () => api.post<Account>('/accounts', { email, name, language, access_level: level }),
    onSuccess: async (account) => {
      notifications.show({
        color: 'green',
        title: t('accounts.invited_title'),
        message:
          system.mail_mode === 'viewer'
            ? t('accounts.invited_viewer', { email: account.email })
            : t('accounts.invited_smtp', { email: account.email }),
      });
      close();
      await queryClient.invalidateQueries({ queryKey: keys.accounts });
    },
  });

  const close = () => {
    setEmail('');
    setName('');
    setLanguage(defaultLanguage);
    setLevel('responder');
    invite.reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('accounts.invite_title')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('accounts.invite_intro')}
          </Text>
          <TextInput
            label={t('fields.email')}
            type="email"
            required
            data-autofocus
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(invite.error, 'email')}
          />
          <TextInput
            label={t('fields.name')}
            required
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(invite.error, 'name')}
          />
          <LanguagePicker
            label={t('fields.language')}
            description={t('accounts.language_hint')}
            value={language}
            onChange={setLanguage}
          />
          <LevelPicker value={level} onChange={setLevel} error={fieldError(invite.error, 'access_level')} />
          <FormAlert error={invite.error} fields={FIELDS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('accounts.send_invitation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The three access levels with what each may do, as radio cards. */
export function LevelPicker({
  value,
  onChange,
  error,
}: {
  value: AccessLevel;
  onChange: (l: AccessLevel) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('fields.access_level')}
      value={value}
      onChange={(v) => onChange(v as AccessLevel)}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {ACCESS_LEVELS.map((l) => (
          <Radio key={l} value={l} label={t(`level.${l}`)} description={t(`level_description.${l}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
