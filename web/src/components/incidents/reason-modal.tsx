// A dialog for a change that must say why (going back a phase, skipping a task, moving the awareness time).
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { FormAlert } from '../form-alert';

interface Props {
  opened: boolean;
  title: string;
  intro?: ReactNode;
  /** Fields above the reason (a phase to go back to, a time). */
  children?: ReactNode;
  reasonLabel: string;
  /** False when the reason may stay empty (moving forward). */
  reasonRequired?: boolean;
  confirmLabel: string;
  color?: string;
  loading: boolean;
  error: unknown;
  /** Field names the children show errors for, so the alert does not repeat them. */
  fields?: readonly string[];
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

export function ReasonModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered size="lg">
      {/* Mounted only while open, so each opening starts with an empty reason. */}
      {props.opened && <ReasonForm {...props} />}
    </Modal>
  );
}

function ReasonForm({
  intro,
  children,
  reasonLabel,
  reasonRequired = true,
  confirmLabel,
  color,
  loading,
  error,
  fields = [],
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reasonRequired && !reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {intro && (
          <Text size="sm" component="div">
            {intro}
          </Text>
        )}
        {children}
        <Textarea
          label={reasonLabel}
          required={reasonRequired}
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('incidents.reason_required') : fieldError(error, 'reason')}
        />
        <FormAlert error={error} fields={['reason', ...fields]} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={color} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
