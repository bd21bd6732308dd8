// Recording a submission: when it was sent and the authority's reference. The draft as it is then becomes the
// document as sent and can no longer change, so the dialog says so before the button.
import { useState, type FormEvent } from 'react';
import { Alert, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useLegalChange, type Obligation, type Regulatory } from '../../api/legal';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { fromLocalInput, toLocalInput } from '../incidents/when';
import { kindName, recipient, submissionWords } from './legal-words';

interface Props {
  ikey: string;
  incidentId: string;
  obligation: Obligation | null;
  regulatory: Regulatory;
  onClose: () => void;
}

export function SubmissionModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.obligation !== null}
      onClose={props.onClose}
      title={props.obligation ? t(`legal.submit.${submissionWords(props.obligation.kind)}.title`) : ''}
      centered
      size="lg"
    >
      {/* Mounted only while open: each opening starts at "now" with an empty reference. */}
      {props.obligation && <SubmissionForm {...props} obligation={props.obligation} />}
    </Modal>
  );
}

function SubmissionForm({
  ikey,
  incidentId,
  obligation,
  regulatory,
  onClose,
}: Props & { obligation: Obligation }) {
  const { t } = useTranslation();
  const [when, setWhen] = useState(() => toLocalInput(new Date().toISOString()));
  const [reference, setReference] = useState('');
  const [problems, setProblems] = useState<{ when?: string; reference?: string }>({});
  const record = useLegalChange<{ reference: string; at: string }>(
    ikey,
    incidentId,
    (api, v) => api.submit(obligation.id, v.reference, v.at),
    onClose,
  );
  const to = recipient(t, obligation.kind, regulatory);
  // Sent to an authority, people informed, or the register entry made: each in its own words, the same record.
  const w = (key: string) => t(`legal.submit.${submissionWords(obligation.kind)}.${key}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = fromLocalInput(when);
    const found = {
      ...(!at ? { when: t('legal.submit.when_invalid') } : {}),
      ...(at && Date.parse(at) > Date.now() + 60_000 ? { when: t('legal.submit.when_future') } : {}),
      ...(!reference.trim() ? { reference: t('legal.submit.reference_required') } : {}),
    };
    setProblems(found);
    if (at && Object.keys(found).length === 0) record.mutate({ reference: reference.trim(), at });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          <strong>{kindName(t, obligation.kind, regulatory)}</strong>
          {to && (
            <>
              <br />
              {t('legal.obligation.to', { name: to })}
            </>
          )}
        </Text>
        <TextInput
          type="datetime-local"
          label={w('when')}
          description={w('when_help')}
          required
          value={when}
          onChange={(e) => {
            setWhen(e.currentTarget.value);
            setProblems({});
          }}
          error={problems.when ?? fieldError(record.error, 'submitted_at')}
        />
        <TextInput
          label={w('reference')}
          description={w('reference_help')}
          required
          data-autofocus
          maxLength={200}
          value={reference}
          onChange={(e) => {
            setReference(e.currentTarget.value);
            setProblems({});
          }}
          error={problems.reference ?? fieldError(record.error, 'reference')}
        />
        <Alert color="yellow" variant="light" icon={<IconLock aria-hidden />} title={w('frozen_title')}>
          {w('frozen')}
        </Alert>
        <FormAlert error={record.error} fields={['submitted_at', 'reference']} />
        <FormButtons onCancel={onClose} submitLabel={w('confirm')} loading={record.isPending} />
      </Stack>
    </form>
  );
}
