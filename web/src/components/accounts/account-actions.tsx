// What an admin can do with one account: change its level, resend the invitation, deactivate or reactivate it.
import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconMailForward,
  IconShieldCog,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { Account, AccessLevel } from '../../api/types';
import { ConfirmModal } from '../confirm-modal';
import { FormAlert } from '../form-alert';
import { LevelPicker } from './invite-modal';

type Dialog = 'level' | 'deactivate' | 'reactivate' | null;

export function AccountActions({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [level, setLevel] = useState<AccessLevel>(account.access_level);

  const update = useMutation({
    mutationFn: (patch: { access_level?: AccessLevel; active?: boolean }) =>
      api.patch<Account>(`/accounts/${encodeURIComponent(account.id)}`, patch),
    onSuccess: async (updated, patch) => {
      setDialog(null);
      const message =
        patch.active === false
          ? t('accounts.deactivated_message', { name: updated.name })
          : patch.active === true
            ? t('accounts.reactivated_message', { name: updated.name })
            : t('accounts.level_message', { name: updated.name, level: t(`level.${updated.access_level}`) });
      notifications.show({ color: 'green', message });
      await queryClient.invalidateQueries({ queryKey: keys.accounts });
    },
  });

  const resend = useMutation({
    mutationFn: () => api.post(`/accounts/${encodeURIComponent(account.id)}/invitation`),
    onSuccess: () =>
      notifications.show({ color: 'green', message: t('accounts.resent_message', { email: account.email }) }),
    onError: (e) => notifications.show({ color: 'red', message: e.message }),
  });

  const open = (d: Dialog) => {
    update.reset();
    setLevel(account.access_level);
    setDialog(d);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={t('accounts.actions_for', { name: account.name })}
          >
            {t('common.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {!isSelf && account.active && (
            <Menu.Item leftSection={<IconShieldCog size={16} aria-hidden />} onClick={() => open('level')}>
              {t('accounts.change_level')}
            </Menu.Item>
          )}
          {account.invitation_pending && (
            <Menu.Item
              leftSection={<IconMailForward size={16} aria-hidden />}
              onClick={() => resend.mutate()}
              disabled={resend.isPending}
            >
              {t('accounts.resend')}
            </Menu.Item>
          )}
          {!isSelf && account.active && (
            <Menu.Item
              color="red.9"
              leftSection={<IconUserOff size={16} aria-hidden />}
              onClick={() => open('deactivate')}
            >
              {t('accounts.deactivate')}
            </Menu.Item>
          )}
          {!account.active && (
            <Menu.Item
              leftSection={<IconUserCheck size={16} aria-hidden />}
              onClick={() => open('reactivate')}
            >
              {t('accounts.reactivate')}
            </Menu.Item>
          )}
          {isSelf && <Menu.Label>{t('accounts.self_hint')}</Menu.Label>}
        </Menu.Dropdown>
      </Menu>

      <Modal
        opened={dialog === 'level'}
        onClose={() => setDialog(null)}
        title={t('accounts.level_title', { name: account.name })}
        centered
      >
        <Stack>
          <LevelPicker value={level} onChange={setLevel} />
          <FormAlert error={update.error} fields={[]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={update.isPending}
              disabled={level === account.access_level}
              onClick={() => update.mutate({ access_level: level })}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <ConfirmModal
        opened={dialog === 'deactivate'}
        title={t('accounts.deactivate_title', { name: account.name })}
        confirmLabel={t('accounts.deactivate')}
        danger
        loading={update.isPending}
        error={update.error}
        onConfirm={() => update.mutate({ active: false })}
        onClose={() => setDialog(null)}
      >
        {t('accounts.deactivate_body', { name: account.name })}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'reactivate'}
        title={t('accounts.reactivate_title', { name: account.name })}
        confirmLabel={t('accounts.reactivate')}
        loading={update.isPending}
        error={update.error}
        onConfirm={() => update.mutate({ active: true })}
        onClose={() => setDialog(null)}
      >
        {t('accounts.reactivate_body', { name: account.name })}
      </ConfirmModal>
    </>
  );
}
