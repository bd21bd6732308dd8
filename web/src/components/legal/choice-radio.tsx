// One question with a fixed set of answers (yes/no/not known yet, a risk level): radios with a helper line, and
// an optional line under each answer saying what it means.
import { Group, Radio, Stack } from '@mantine/core';

interface Props<V extends string> {
  label: string;
  description: string;
  values: readonly V[];
  value: V;
  onChange: (value: V) => void;
  optionLabel: (value: V) => string;
  optionDescription?: (value: V) => string;
  disabled?: boolean;
  error?: string;
}

export function ChoiceRadio<V extends string>(p: Props<V>) {
  const options = p.values.map((v) => (
    <Radio
      key={v}
      value={v}
      label={p.optionLabel(v)}
      description={p.optionDescription?.(v)}
      disabled={p.disabled}
    />
  ));
  return (
    <Radio.Group
      label={p.label}
      description={p.description}
      value={p.value}
      onChange={(v) => p.onChange(v as V)}
      error={p.error}
    >
      {p.optionDescription ? (
        <Stack gap="xs" mt="xs">
          {options}
        </Stack>
      ) : (
        <Group gap="lg" mt="xs">
          {options}
        </Group>
      )}
    </Radio.Group>
  );
}
