// A responder changes one component's status directly (outside any message), with a reason for the timeline.
import { useState, type FormEvent } from 'react';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import {
  statusApi,
  useStatusChange,
  type ComponentStatus,
  type StatusComponent,
} from '../../api/status-page';
import { currentLanguage } from '../../i18n';
import { FormAlert } from '../form-alert';
import { ComponentStatusBadge } from './component-status-badge';
import { StatusModal } from './status-modal';
import { componentStatuses, localName } from './status-words';

interface Props {
  component: StatusComponent | null;
  onClose: () => void;
}

export function ChangeStatusModal({ component, onClose }: Props) {
  const { t } = useTranslation();
  const name = component ? localName(component.name, currentLanguage()) : '';
  return (
    <StatusModal opened={!!component} onClose={onClose} title={t('status.change.title', { name })} size="lg">
      {component && <ChangeStatusForm key={component.id} component={component} onClose={onClose} />}
    </StatusModal>
  );
}

function ChangeStatusForm({ component, onClose }: { component: StatusComponent; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ComponentStatus>(component.status);
  const [reason, setReason] = useState('');
  const change = useStatusChange(() => statusApi.setStatus(component.id, status, reason), onClose);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Group gap="xs">
          <Text size="sm">{t('status.change.now')}</Text>
          <ComponentStatusBadge status={component.status} />
        </Group>
        <Radio.Group
          label={t('status.change.new_status')}
          value={status}
          onChange={(v) => setStatus(v as ComponentStatus)}
          error={fieldError(change.error, 'status')}
        >
          <Stack gap="xs" mt={6}>
            {componentStatuses.map((s) => (
              <Radio
                key={s}
                value={s}
                label={t(`status.component_status.${s}`)}
                description={t(`status.component_status_hint.${s}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('status.change.reason')}
          description={t('status.change.reason_hint')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(change.error, 'reason')}
        />
        <Text size="sm" c="dimmed">
          {t('status.change.public_note')}
        </Text>
        <FormAlert error={change.error} fields={['status', 'reason']} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} disabled={status === component.status}>
            {t('status.change.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
