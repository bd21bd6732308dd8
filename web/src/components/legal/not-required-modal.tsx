// "Not required": a decision on record, with its reasoning (on the incident's timeline, in its decisions and in
// the breach register), never a silent removal.
import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLegalChange, type Obligation, type Regulatory } from '../../api/legal';
import { ReasonModal } from '../incidents/reason-modal';
import { kindName } from './legal-words';

interface Props {
  ikey: string;
  incidentId: string;
  obligation: Obligation | null;
  regulatory: Regulatory;
  onClose: () => void;
}

export function NotRequiredModal({ ikey, incidentId, obligation, regulatory, onClose }: Props) {
  const { t } = useTranslation();
  const decide = useLegalChange<{ id: string; reasoning: string }>(
    ikey,
    incidentId,
    (api, v) => api.notRequired(v.id, v.reasoning),
    onClose,
  );
  const name = obligation ? kindName(t, obligation.kind, regulatory) : '';
  return (
    <ReasonModal
      opened={obligation !== null}
      title={t('legal.not_required.title')}
      intro={
        <Stack gap="xs">
          <Text fw={700}>{name}</Text>
          <Text size="sm">{t('legal.not_required.intro')}</Text>
          {obligation?.kind === 'gdpr_data_subjects' && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
              <Text size="sm">{t('legal.not_required.art34')}</Text>
            </Alert>
          )}
        </Stack>
      }
      reasonLabel={t('legal.not_required.reasoning')}
      confirmLabel={t('legal.not_required.confirm')}
      loading={decide.isPending}
      error={decide.error}
      fields={['reasoning']}
      onConfirm={(reasoning) => {
        if (obligation) decide.mutate({ id: obligation.id, reasoning });
      }}
      onClose={() => {
        decide.reset();
        onClose();
      }}
    />
  );
}
