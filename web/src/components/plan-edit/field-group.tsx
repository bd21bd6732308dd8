// A labelled group of inputs: a fieldset whose legend looks like an input's label, with an optional hint.
import type { ReactNode } from 'react';
import { Fieldset, Input, Stack } from '@mantine/core';

interface Props {
  id: string;
  legend: string;
  description?: string;
  children: ReactNode;
}

// Like Mantine's input labels; no fieldset border, padding or indent.
const styles = {
  root: { padding: 0, margin: 0, border: 0, minWidth: 0 },
  legend: {
    padding: 0,
    marginBottom: 4,
    fontWeight: 'var(--mantine-font-weight-medium)',
    fontSize: 'var(--mantine-font-size-sm)',
  },
};

export function FieldGroup({ id, legend, description, children }: Props) {
  return (
    <Fieldset id={id} tabIndex={-1} legend={legend} variant="unstyled" styles={styles}>
      <Stack gap={6}>
        {description && <Input.Description>{description}</Input.Description>}
        {children}
      </Stack>
    </Fieldset>
  );
}
