// When the organisation became aware: the legal clocks start here, so it changes only with a reason on record.
import { useState } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarTime } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useIncidentChange, type IncidentDetail } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { IncidentSection } from './incident-section';
import { ReasonModal } from './reason-modal';
import { fromLocalInput, relativeTime, toLocalInput } from './when';

export function AwarenessSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const change = useIncidentChange<{ at: string; reason: string }>(
    ikey,
    incident.id,
    (api, v) => api.awareness(v.at, v.reason),
    close,
  );
  return (
    <IncidentSection
      id="awareness"
      title={t('incidents.awareness.title')}
      description={t('incidents.awareness.intro')}
    >
      <Group gap="sm" wrap="nowrap">
        <IconCalendarTime size={28} aria-hidden color="var(--mantine-color-gray-6)" />
        <div>
          <Text fw={700}>{formatDateTime(incident.awareness_at)}</Text>
          <Text size="sm" c="dimmed">
            {relativeTime(incident.awareness_at)}
          </Text>
        </div>
      </Group>
      {incident.can_act && incident.phase !== 'closed' && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              change.reset();
              setInvalid(false);
              setValue(toLocalInput(incident.awareness_at));
              open();
            }}
          >
            {t('incidents.awareness.change')}
          </Button>
        </Group>
      )}
      <ReasonModal
        opened={opened}
        title={t('incidents.awareness.change_title')}
        intro={t('incidents.awareness.change_intro')}
        reasonLabel={t('incidents.awareness.reason')}
        confirmLabel={t('incidents.awareness.save')}
        loading={change.isPending}
        error={change.error}
        fields={['awareness_at']}
        onConfirm={(reason) => {
          const at = fromLocalInput(value);
          if (!at) return setInvalid(true);
          change.mutate({ at, reason });
        }}
        onClose={close}
      >
        <TextInput
          type="datetime-local"
          label={t('incidents.awareness.when')}
          required
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setInvalid(false);
          }}
          error={invalid ? t('incidents.awareness.invalid') : fieldError(change.error, 'awareness_at')}
        />
      </ReasonModal>
    </IncidentSection>
  );
}
