// Dismissing reports: a reason is required (nothing is deleted; the reason stays with the report).
import { useState } from 'react';
import { Button, Chip, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { forEachReport, triageApi } from '../../api/triage';
import { FormAlert } from '../form-alert';
import { SourceReports } from './source-reports';

interface Props {
  reportIds: readonly string[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

const QUICK_REASONS = ['false_alarm', 'duplicate', 'test', 'known', 'not_security'] as const;

export function DismissModal({ reportIds, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const dismiss = useMutation({
    mutationFn: () => forEachReport(reportIds, (id) => triageApi.dismiss(id, reason.trim())),
    onSettled: () => client.invalidateQueries({ queryKey: ['reports'] }),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('triage.dismiss.done', { count: reportIds.length }) });
      setReason('');
      onDone();
    },
  });

  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    dismiss.mutate();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('triage.dismiss.title')} size="lg" fullScreen={phone}>
      <Stack gap="md">
        <Text size="sm">{t('triage.dismiss.intro')}</Text>
        <SourceReports ids={reportIds} label={t('triage.dismiss.reports', { count: reportIds.length })} />
        <div>
          <Text size="sm" fw={500} mb={6} id="dismiss-quick-label">
            {t('triage.dismiss.quick')}
          </Text>
          <Group gap={6} role="group" aria-labelledby="dismiss-quick-label">
            {QUICK_REASONS.map((key) => {
              const text = t(`triage.dismiss.reason.${key}`);
              return (
                <Chip
                  key={key}
                  size="sm"
                  styles={{ label: { whiteSpace: 'normal', height: 'auto', minHeight: 28, lineHeight: 1.3 } }}
                  checked={reason === text}
                  onChange={() => {
                    setReason(text);
                    setMissing(false);
                  }}
                >
                  {text}
                </Chip>
              );
            })}
          </Group>
        </div>
        <Textarea
          label={t('triage.dismiss.reason_label')}
          description={t('triage.dismiss.reason_hint')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('triage.dismiss.reason_required') : fieldError(dismiss.error, 'reason')}
        />
        <FormAlert error={dismiss.error} fields={['reason']} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="gray" onClick={submit} loading={dismiss.isPending}>
            {t('triage.dismiss.submit', { count: reportIds.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
