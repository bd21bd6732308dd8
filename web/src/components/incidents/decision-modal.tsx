// Recording a decision: what was decided, why, the alternatives weighed and what it costs the business.
import { useState, type FormEvent } from 'react';
import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useIncidentChange, type IncidentDetail } from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  opened: boolean;
  onClose: () => void;
}

export function DecisionModal(props: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('incidents.decisions.record')}
      size="lg"
      fullScreen={phone}
      centered
    >
      {props.opened && <DecisionForm {...props} />}
    </Modal>
  );
}

const FIELDS = ['title', 'rationale', 'alternatives', 'business_impact'] as const;

function DecisionForm({ incident, ikey, onClose }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [rationale, setRationale] = useState('');
  const [alternatives, setAlternatives] = useState('');
  const [impact, setImpact] = useState('');
  const record = useIncidentChange<void>(
    ikey,
    incident.id,
    (api) =>
      api.recordDecision({
        title: title.trim(),
        rationale: rationale.trim(),
        ...(alternatives.trim() ? { alternatives: alternatives.trim() } : {}),
        ...(impact.trim() ? { business_impact: impact.trim() } : {}),
      }),
    onClose,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('incidents.decisions.what')}
          description={t('incidents.decisions.what_hint')}
          required
          data-autofocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(record.error, 'title')}
        />
        <Textarea
          label={t('incidents.decisions.why')}
          required
          autosize
          minRows={3}
          value={rationale}
          onChange={(e) => setRationale(e.currentTarget.value)}
          error={fieldError(record.error, 'rationale')}
        />
        <Textarea
          label={t('incidents.decisions.alternatives')}
          autosize
          minRows={2}
          value={alternatives}
          onChange={(e) => setAlternatives(e.currentTarget.value)}
          error={fieldError(record.error, 'alternatives')}
        />
        <Textarea
          label={t('incidents.decisions.impact')}
          description={t('incidents.decisions.impact_hint')}
          autosize
          minRows={2}
          value={impact}
          onChange={(e) => setImpact(e.currentTarget.value)}
          error={fieldError(record.error, 'business_impact')}
        />
        <FormAlert error={record.error} fields={FIELDS} />
        <FormButtons
          onCancel={onClose}
          submitLabel={t('incidents.decisions.record')}
          loading={record.isPending}
        />
      </Stack>
    </form>
  );
}
