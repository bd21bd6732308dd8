// Closing an action item: done (and when it changes the plan, the plan version that made the change), or dropped
// with the reason why. Either is on the incident's timeline.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useActionItemChange, type ActionItem } from '../../api/evaluation';
import { usePlanVersions } from '../../api/plan';
import { formatDateTime } from '../../lib/format';
import { FormAlert } from '../form-alert';
import { planPartText } from './evaluation-words';
import { usePlanNames } from './plan-parts';

interface Props {
  item: ActionItem | null;
  ikey?: string;
  /** The plan version the incident ran on, when known (the review): the change must be in a later one. */
  incidentPlanVersion?: number;
  onClose: () => void;
}

export function CloseItemModal({ item, ikey, incidentPlanVersion, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={item !== null} onClose={onClose} title={t('evaluation.close.title')} size="lg" centered>
      {item && (
        <CloseForm item={item} ikey={ikey} incidentPlanVersion={incidentPlanVersion} onClose={onClose} />
      )}
    </Modal>
  );
}

function CloseForm({
  item,
  ikey,
  incidentPlanVersion = 0,
  onClose,
}: {
  item: ActionItem;
  ikey?: string;
  incidentPlanVersion?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'done' | 'dropped'>('done');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const changesPlan = item.plan_part !== '';
  const versions = usePlanVersions();
  const names = usePlanNames(changesPlan);
  const [version, setVersion] = useState<string | null>(null);
  // Only a version saved after the incident's own can hold the change.
  const later = (versions.data ?? []).filter((v) => v.number > incidentPlanVersion);
  const newest = later[0]?.number;
  const noneLater = versions.data !== undefined && later.length === 0;
  const chosen = version ?? (newest !== undefined ? String(newest) : null);
  const close = useActionItemChange<void>(
    (api) =>
      api.close(item.id, {
        status,
        note: note.trim(),
        ...(status === 'done' && changesPlan && chosen ? { closed_by_plan_version: Number(chosen) } : {}),
      }),
    onClose,
    ikey,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (status === 'dropped' && !note.trim()) {
      setMissing(true);
      return;
    }
    close.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('evaluation.close.title')}>
      <Stack gap="md">
        <Text fw={700} className="break-anywhere">
          {item.title}
        </Text>
        <Radio.Group
          label={t('evaluation.close.how')}
          value={status}
          onChange={(v) => {
            setStatus(v as 'done' | 'dropped');
            setMissing(false);
          }}
          error={fieldError(close.error, 'status')}
        >
          <Stack gap="xs" mt={6}>
            <Radio
              value="done"
              label={t('evaluation.close.done')}
              description={t('evaluation.close.done_hint')}
            />
            <Radio
              value="dropped"
              label={t('evaluation.close.dropped')}
              description={t('evaluation.close.dropped_hint')}
            />
          </Stack>
        </Radio.Group>
        {status === 'done' && changesPlan && (
          <>
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
              <Text size="sm">
                {t('evaluation.close.plan_intro', { part: planPartText(t, item.plan_part, names) })}
              </Text>
            </Alert>
            <Select
              label={t('evaluation.close.plan_version')}
              description={t('evaluation.close.plan_version_hint')}
              required
              data={later.map((v) => ({
                value: String(v.number),
                label: t('evaluation.close.version_option', {
                  number: v.number,
                  when: formatDateTime(v.created_at),
                  description: v.description || '—',
                }),
              }))}
              value={chosen}
              onChange={setVersion}
              allowDeselect={false}
              error={
                noneLater
                  ? t('evaluation.close.no_later_version', { version: incidentPlanVersion })
                  : fieldError(close.error, 'closed_by_plan_version')
              }
            />
          </>
        )}
        <Textarea
          label={status === 'dropped' ? t('evaluation.close.why_dropped') : t('evaluation.close.note')}
          required={status === 'dropped'}
          autosize
          minRows={2}
          maxRows={6}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('evaluation.close.why_required') : fieldError(close.error, 'note')}
        />
        <FormAlert error={close.error} fields={['status', 'closed_by_plan_version', 'note']} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={status === 'dropped' ? 'gray' : 'green'} loading={close.isPending}>
            {status === 'dropped'
              ? t('evaluation.close.confirm_dropped')
              : t('evaluation.close.confirm_done')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
