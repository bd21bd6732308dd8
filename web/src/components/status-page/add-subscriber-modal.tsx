// Admin: add one subscriber. A webhook address is confirmed at once; an email address gets the opt-in mail.
import { useState, type FormEvent } from 'react';
import { MultiSelect, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { statusApi, useStatusChange, type StatusComponent, type Subscriber } from '../../api/status-page';
import type { Language } from '../../api/types';
import { currentLanguage } from '../../i18n';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { LanguagePicker } from '../language-picker';
import { StatusModal } from './status-modal';
import { localName } from './status-words';

interface Props {
  opened: boolean;
  components: StatusComponent[];
  onClose: () => void;
  /** A webhook subscriber was added: its signing secret is shown next. */
  onWebhook: (subscriber: Subscriber) => void;
}

export function AddSubscriberModal({ opened, components, onClose, onWebhook }: Props) {
  const { t } = useTranslation();
  return (
    <StatusModal opened={opened} onClose={onClose} title={t('status.subscribers.add_title')} size="lg">
      <AddSubscriberForm components={components} onClose={onClose} onWebhook={onWebhook} />
    </StatusModal>
  );
}

function AddSubscriberForm({ components, onClose, onWebhook }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [kind, setKind] = useState<Subscriber['kind']>('webhook');
  const [address, setAddress] = useState('');
  const [language, setLanguage] = useState<Language>(lang);
  const [scope, setScope] = useState<'all' | 'some'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const add = useStatusChange(
    () =>
      statusApi.createSubscriber({
        kind,
        address,
        language,
        component_ids: scope === 'all' ? null : chosen,
      }),
    (s) => {
      notifications.show({
        color: 'green',
        message:
          s.kind === 'webhook'
            ? t('status.subscribers.added_webhook', { address: s.address })
            : t('status.subscribers.added_email', { address: s.address }),
      });
      onClose();
      if (s.kind === 'webhook') onWebhook(s);
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('status.subscribers.add_title')}>
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="subscriber-kind">
            {t('status.subscribers.kind_label')}
          </Text>
          <SegmentedControl
            aria-labelledby="subscriber-kind"
            value={kind}
            onChange={(v) => setKind(v as Subscriber['kind'])}
            data={[
              { value: 'webhook', label: t('status.subscribers.kind.webhook') },
              { value: 'email', label: t('status.subscribers.kind.email') },
            ]}
            w="fit-content"
          />
          <Text size="xs" c="dimmed">
            {kind === 'webhook' ? t('status.subscribers.webhook_hint') : t('status.subscribers.email_hint')}
          </Text>
        </Stack>
        <TextInput
          label={kind === 'webhook' ? t('status.subscribers.url') : t('status.subscribers.email')}
          placeholder={kind === 'webhook' ? 'https://' : undefined}
          type={kind === 'webhook' ? 'url' : 'email'}
          required
          data-autofocus
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={fieldError(add.error, 'address')}
        />
        <LanguagePicker
          label={t('status.subscribers.language')}
          description={t('status.subscribers.language_hint')}
          value={language}
          onChange={setLanguage}
        />
        <Radio.Group
          label={t('status.subscribers.scope')}
          value={scope}
          onChange={(v) => setScope(v as 'all' | 'some')}
        >
          <Stack gap="xs" mt={6}>
            <Radio value="all" label={t('status.subscribers.scope_all')} />
            <Radio value="some" label={t('status.subscribers.scope_some')} />
          </Stack>
        </Radio.Group>
        {scope === 'some' && (
          <MultiSelect
            label={t('status.subscribers.components')}
            data={components.map((c) => ({ value: c.id, label: localName(c.name, lang) }))}
            value={chosen}
            onChange={setChosen}
            searchable
            error={fieldError(add.error, 'component_ids')}
          />
        )}
        <FormAlert error={add.error} fields={['address', 'component_ids']} />
        <FormButtons onCancel={onClose} submitLabel={t('status.subscribers.add')} loading={add.isPending} />
      </Stack>
    </form>
  );
}
