// Writing the fact sheet: every save is a new version, so what each audience was told can be traced.
import { useState, type FormEvent } from 'react';
import { Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useIncidentChange, type FactSheetInput, type IncidentDetail } from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { fromLocalInput, toLocalInput } from './when';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  opened: boolean;
  onClose: () => void;
}

export const FACT_FIELDS = ['what_happened', 'affected', 'actions', 'advice', 'expected_recovery'] as const;

export function FactSheetModal(props: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('incidents.facts.edit_title')}
      size="xl"
      fullScreen={phone}
      centered
    >
      {props.opened && <FactSheetForm {...props} />}
    </Modal>
  );
}

function FactSheetForm({ incident, ikey, onClose }: Props) {
  const { t } = useTranslation();
  const current = incident.fact_sheet;
  const [facts, setFacts] = useState<Record<(typeof FACT_FIELDS)[number], string>>({
    what_happened: current?.what_happened ?? '',
    affected: current?.affected ?? '',
    actions: current?.actions ?? '',
    advice: current?.advice ?? '',
    expected_recovery: current?.expected_recovery ?? '',
  });
  const [nextUpdate, setNextUpdate] = useState(toLocalInput(current?.next_update_at));
  const save = useIncidentChange<FactSheetInput>(
    ikey,
    incident.id,
    (api, v) => api.saveFactSheet(v),
    onClose,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = Object.fromEntries(FACT_FIELDS.map((f) => [f, facts[f].trim()])) as typeof facts;
    save.mutate({ ...trimmed, next_update_at: fromLocalInput(nextUpdate) ?? null });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {current
            ? t('incidents.facts.edit_intro', { version: current.version + 1 })
            : t('incidents.facts.first_intro')}
        </Text>
        {FACT_FIELDS.map((f, i) => (
          <Textarea
            key={f}
            label={t(`incidents.facts.field.${f}`)}
            description={t(`incidents.facts.hint.${f}`)}
            required
            autosize
            minRows={2}
            maxRows={10}
            data-autofocus={i === 0 ? true : undefined}
            value={facts[f]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setFacts((x) => ({ ...x, [f]: value }));
            }}
            error={fieldError(save.error, f)}
          />
        ))}
        <TextInput
          type="datetime-local"
          label={t('incidents.facts.field.next_update_at')}
          description={t('incidents.facts.hint.next_update_at')}
          value={nextUpdate}
          onChange={(e) => setNextUpdate(e.currentTarget.value)}
          error={fieldError(save.error, 'next_update_at')}
          maw={320}
        />
        <FormAlert error={save.error} fields={[...FACT_FIELDS, 'next_update_at']} />
        <FormButtons onCancel={onClose} submitLabel={t('incidents.facts.save')} loading={save.isPending} />
      </Stack>
    </form>
  );
}
