// The declaration's flags: personal data, awareness time (where the legal clocks start), need to know, exercise.
import { Group, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonalData } from '../../api/triage';

export interface DeclareOptionsValue {
  personalData: PersonalData;
  awareness: string;
  restricted: boolean;
  exercise: boolean;
}

interface Props {
  value: DeclareOptionsValue;
  onChange: (patch: Partial<DeclareOptionsValue>) => void;
  errors: { personal_data?: string; awareness_at?: string; restricted?: string; exercise?: string };
  maxAwareness: string;
}

export function DeclareOptions({ value, onChange, errors, maxAwareness }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('triage.declare.personal_data')}
        description={t('triage.declare.personal_data_hint')}
        value={value.personalData}
        onChange={(v) => onChange({ personalData: v as PersonalData })}
        error={errors.personal_data}
      >
        <Group gap="lg" mt="xs">
          <Radio value="yes" label={t('triage.personal_data.yes')} />
          <Radio value="no" label={t('triage.personal_data.no')} />
          <Radio value="unknown" label={t('triage.personal_data.unknown')} />
        </Group>
      </Radio.Group>
      <TextInput
        type="datetime-local"
        label={t('triage.declare.awareness')}
        description={t('triage.declare.awareness_hint')}
        required
        value={value.awareness}
        max={maxAwareness}
        onChange={(e) => onChange({ awareness: e.currentTarget.value })}
        error={errors.awareness_at}
        maw={320}
      />
      <Switch
        label={t('triage.declare.restricted')}
        description={t('triage.declare.restricted_hint')}
        checked={value.restricted}
        onChange={(e) => onChange({ restricted: e.currentTarget.checked })}
        error={errors.restricted}
      />
      <Switch
        label={t('triage.declare.exercise')}
        description={t('triage.declare.exercise_hint')}
        checked={value.exercise}
        onChange={(e) => onChange({ exercise: e.currentTarget.checked })}
        error={errors.exercise}
      />
    </Stack>
  );
}
