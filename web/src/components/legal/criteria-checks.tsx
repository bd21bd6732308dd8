// A list of criteria to tick (categories of data, the NIS2 and DORA thresholds), each with a plain explanation.
import { Checkbox, Stack } from '@mantine/core';

interface Props<V extends string> {
  label: string;
  description: string;
  values: readonly V[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  optionLabel: (value: V) => string;
  optionDescription: (value: V) => string;
  disabled?: boolean;
}

export function CriteriaChecks<V extends string>(p: Props<V>) {
  return (
    <Checkbox.Group
      label={p.label}
      description={p.description}
      value={[...p.value]}
      // Kept in the list's own order, whatever order they were ticked in.
      onChange={(picked) => p.onChange(p.values.filter((v) => picked.includes(v)))}
    >
      <Stack gap="xs" mt="xs">
        {p.values.map((v) => (
          <Checkbox
            key={v}
            value={v}
            label={p.optionLabel(v)}
            description={p.optionDescription(v)}
            disabled={p.disabled}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
