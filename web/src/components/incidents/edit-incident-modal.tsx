// Changing an incident's title, severity, need-to-know flag and whether personal data is involved.
import { useState, type FormEvent } from 'react';
import { Group, Modal, Radio, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import {
  useIncidentChange,
  usePlanForPickers,
  type IncidentDetail,
  type PersonalData,
} from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  opened: boolean;
  onClose: () => void;
}

export function EditIncidentModal({ incident, ikey, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('incidents.edit.title')} size="lg" centered>
      {opened && <EditForm incident={incident} ikey={ikey} onClose={onClose} />}
    </Modal>
  );
}

const FIELDS = ['title', 'severity_id', 'restricted', 'personal_data'] as const;

function EditForm({ incident, ikey, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const plan = usePlanForPickers(true);
  const [title, setTitle] = useState(incident.title);
  const [severity, setSeverity] = useState(incident.severity_id);
  const [restricted, setRestricted] = useState(incident.restricted);
  const [personal, setPersonal] = useState<PersonalData>(incident.personal_data);
  const save = useIncidentChange<void>(
    ikey,
    incident.id,
    (api) =>
      api.update({
        ...(title.trim() !== incident.title ? { title: title.trim() } : {}),
        ...(severity !== incident.severity_id ? { severity_id: severity } : {}),
        ...(restricted !== incident.restricted ? { restricted } : {}),
        ...(personal !== incident.personal_data ? { personal_data: personal } : {}),
      }),
    onClose,
  );
  const severities = plan.data?.plan.severities.map((s) => ({ value: s.id, label: s.name })) ?? [
    { value: incident.severity_id, label: incident.severity_name },
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('incidents.edit.incident_title')}
          required
          data-autofocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(save.error, 'title')}
        />
        <Select
          label={t('incidents.edit.severity')}
          data={severities}
          value={severity}
          onChange={(v) => v && setSeverity(v)}
          allowDeselect={false}
          error={fieldError(save.error, 'severity_id')}
        />
        <Radio.Group
          label={t('incidents.edit.personal_data')}
          description={t('incidents.edit.personal_data_hint')}
          value={personal}
          onChange={(v) => setPersonal(v as PersonalData)}
          error={fieldError(save.error, 'personal_data')}
        >
          <Group gap="lg" mt={6}>
            {(['yes', 'no', 'unknown'] as const).map((v) => (
              <Radio key={v} value={v} label={t(`incidents.personal_data.${v}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Switch
          label={t('incidents.edit.restricted')}
          description={t('incidents.edit.restricted_hint')}
          checked={restricted}
          onChange={(e) => setRestricted(e.currentTarget.checked)}
        />
        <FormAlert error={save.error} fields={FIELDS} />
        <FormButtons onCancel={onClose} submitLabel={t('common.save')} loading={save.isPending} />
      </Stack>
    </form>
  );
}
