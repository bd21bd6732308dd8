// Mantine inputs bound to a path in the plan: each gets the id the error summary links to, and its problems
// as its error (Mantine ties the error to the input with aria-describedby and aria-invalid).
import type { ReactNode } from 'react';
import { MultiSelect, NumberInput, Select, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Path } from './field-id';
import { useField } from './plan-edit-context';

export interface Option {
  value: string;
  label: string;
}

interface Base {
  path: Path;
  label: string;
  description?: ReactNode;
  /** Also show the problems of the values inside (a list's items: "roles.0.deputies.1"). */
  deep?: boolean;
  required?: boolean;
}

/** Descriptions go below the input, so that inputs side by side line up whatever their hints. */
const below = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];
const mono = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** Options plus any value that is not among them (a reference to something removed), so nothing disappears. */
function withUnknown(data: readonly Option[], values: readonly string[], unknown: (id: string) => string) {
  const missing = values.filter((v) => v && !data.some((o) => o.value === v));
  return [...data, ...missing.map((v) => ({ value: v, label: unknown(v) }))];
}

type TextProps = Base & {
  value: string;
  onChange: (value: string) => void;
  type?: string;
  autoComplete?: string;
  /** Monospace input, for ids and URLs. */
  code?: boolean;
  placeholder?: string;
};

export function PlanText({ path, deep, value, onChange, code, autoComplete = 'off', ...rest }: TextProps) {
  return (
    <TextInput
      {...rest}
      inputWrapperOrder={below}
      styles={code ? mono : undefined}
      {...useField(path, deep)}
      autoComplete={autoComplete}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

export function PlanTextarea({
  path,
  deep,
  value,
  onChange,
  minRows = 2,
  code,
  ...rest
}: TextProps & { minRows?: number }) {
  return (
    <Textarea
      {...rest}
      inputWrapperOrder={below}
      styles={code ? mono : undefined}
      {...useField(path, deep)}
      autosize
      minRows={minRows}
      maxRows={24}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

type SelectProps = Base & {
  data: readonly Option[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  clearable?: boolean;
  searchable?: boolean;
  placeholder?: string;
};

export function PlanSelect({ path, deep, data, value, onChange, clearable, ...rest }: SelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      inputWrapperOrder={below}
      {...useField(path, deep)}
      data={withUnknown(data, value ? [value] : [], (id) => t('plan_edit.unknown_ref', { id }))}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      allowDeselect={false}
      openOnFocus={false}
      clearable={clearable}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

type MultiProps = Base & {
  data: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
};

export function PlanMulti({ path, data, value, onChange, ...rest }: MultiProps) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      {...rest}
      inputWrapperOrder={below}
      {...useField(path, true)}
      data={withUnknown(data, value, (id) => t('plan_edit.unknown_ref', { id }))}
      value={[...value]}
      onChange={onChange}
      searchable
      openOnFocus={false}
      hidePickedOptions
      comboboxProps={{ withinPortal: true }}
    />
  );
}

type NumberProps = Base & {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  placeholder?: string;
  suffix?: string;
};

export function PlanNumber({ path, deep, value, onChange, ...rest }: NumberProps) {
  return (
    <NumberInput
      {...rest}
      inputWrapperOrder={below}
      {...useField(path, deep)}
      value={value ?? ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? undefined : Number(v))}
      allowDecimal={false}
      allowNegative={false}
      inputMode="numeric"
    />
  );
}

type SwitchProps = Omit<Base, 'required'> & { checked: boolean; onChange: (checked: boolean) => void };

export function PlanSwitch({ path, deep, checked, onChange, ...rest }: SwitchProps) {
  return (
    <Switch
      {...rest}
      {...useField(path, deep)}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}
