// A severity's update cadence: minutes between updates for each audience, empty for the audience's own default.
import { Group, Input, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanSeverity } from '@core/plan/schema';
import { fieldId } from './field-id';
import { FieldGroup } from './field-group';
import { ListProblems } from './list-problems';
import { useField } from './plan-edit-context';

interface Props {
  path: string;
  plan: Plan;
  severity: PlanSeverity;
  onChange: (cadence: PlanSeverity['cadence']) => void;
}

export function CadenceField({ path, plan, severity, onChange }: Props) {
  const { t } = useTranslation();
  // The plan's audiences, then any cadence for an audience that is no longer there (so it can be cleared).
  const known = plan.audiences.map((a) => ({ id: a.id, name: a.name || a.id, fallback: a.cadence_minutes }));
  const stray = Object.keys(severity.cadence)
    .filter((id) => !plan.audiences.some((a) => a.id === id))
    .map((id) => ({ id, name: t('plan_edit.unknown_ref', { id }), fallback: undefined }));
  const set = (audience: string, minutes: number | undefined) => {
    const cadence = { ...severity.cadence };
    if (minutes === undefined) delete cadence[audience];
    else cadence[audience] = minutes;
    onChange(cadence);
  };
  return (
    <FieldGroup
      id={fieldId(`${path}.cadence`)}
      legend={t('plan_edit.field.cadence')}
      description={t('plan_edit.severities.cadence_hint')}
    >
      <ListProblems path={`${path}.cadence`} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing={6}>
        {[...known, ...stray].map((a) => (
          <Row
            key={a.id}
            path={`${path}.cadence.${a.id}`}
            label={a.name}
            placeholder={a.fallback ? t('plan_edit.severities.default_cadence', { minutes: a.fallback }) : ''}
            value={severity.cadence[a.id]}
            onChange={(m) => set(a.id, m)}
          />
        ))}
      </SimpleGrid>
    </FieldGroup>
  );
}

interface RowProps {
  path: string;
  label: string;
  placeholder: string;
  value: number | undefined;
  onChange: (minutes: number | undefined) => void;
}

/** The audience's name beside a narrow number input, so that a long name wraps without pushing inputs apart. */
function Row({ path, label, placeholder, value, onChange }: RowProps) {
  const { id, error } = useField(path);
  return (
    <Stack gap={2}>
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Text component="label" htmlFor={id} size="sm">
          {label}
        </Text>
        <NumberInput
          id={id}
          w={170}
          style={{ flexShrink: 0 }}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          placeholder={placeholder}
          error={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value ?? ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? undefined : Number(v))}
        />
      </Group>
      {error && <Input.Error id={`${id}-error`}>{error}</Input.Error>}
    </Stack>
  );
}
