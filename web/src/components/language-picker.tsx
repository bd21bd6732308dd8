// Dutch or English as two big segments, labelled like Mantine's other inputs (a radio group under a label).
import { useId } from 'react';
import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../api/types';

interface Props {
  label: string;
  description?: string;
  value: Language;
  onChange: (language: Language) => void;
  disabled?: boolean;
}

export function LanguagePicker({ label, description, value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={4}>
      <Input.Label component="div" id={`${id}-label`}>
        {label}
      </Input.Label>
      <SegmentedControl
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
        value={value}
        disabled={disabled}
        onChange={(v) => onChange(v as Language)}
        data={[
          { value: 'nl', label: t('language.nl') },
          { value: 'en', label: t('language.en') },
        ]}
        maw={360}
      />
      {description && <Input.Description id={`${id}-description`}>{description}</Input.Description>}
    </Stack>
  );
}
