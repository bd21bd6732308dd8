// Where a component or group sits on the page: a whole number, lower first.
import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props extends Pick<NumberInputProps, 'miw' | 'maw'> {
  value: number;
  onChange: (position: number) => void;
  error?: string;
}

export function PositionInput({ value, onChange, error, ...size }: Props) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t('status.position')}
      description={t('status.position_hint')}
      min={0}
      max={10000}
      allowDecimal={false}
      value={value}
      onChange={(v) => onChange(typeof v === 'number' ? v : 0)}
      error={error}
      {...size}
    />
  );
}
