// The language a report is downloaded in: Dutch or English as a small control beside its label.
import { useId } from 'react';
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../api/types';

interface Props {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
}

export function ReportLanguage({ label, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Group gap="xs" align="center">
      <Text size="sm" id={id}>
        {label}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby={id}
        value={value}
        onChange={(v) => onChange(v as Language)}
        data={[
          { value: 'nl', label: t('language.nl') },
          { value: 'en', label: t('language.en') },
        ]}
      />
    </Group>
  );
}
