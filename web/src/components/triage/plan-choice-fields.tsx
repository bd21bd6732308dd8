// The plan's scenarios and severities as choices, each with the words that help pick the right one.
import { Box, Group, List, Radio, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';

// The first severity is the worst: red, then down to calm blue (as on the plan's page).
const colors = ['red', 'orange', 'yellow', 'blue'];

interface FieldProps {
  plan: Plan;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function ScenarioField({ plan, value, onChange, error }: FieldProps) {
  const { t } = useTranslation();
  const chosen = plan.scenarios.find((s) => s.id === value);
  return (
    <Stack gap={6}>
      <Select
        label={t('triage.declare.scenario')}
        placeholder={t('triage.declare.scenario_placeholder')}
        required
        data={plan.scenarios.map((s) => ({ value: s.id, label: s.name }))}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        error={error}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {chosen ? (
        <Text size="sm" c="dimmed">
          {chosen.description}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('triage.declare.scenario_hint')}
        </Text>
      )}
    </Stack>
  );
}

export function SeverityField({ plan, value, onChange, error }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('triage.declare.severity')}
      description={t('triage.declare.severity_hint')}
      required
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {plan.severities.map((s, i) => (
          <Radio.Card
            key={s.id}
            value={s.id}
            radius="md"
            p="sm"
            style={{ borderLeft: `4px solid var(--mantine-color-${colors[i] ?? 'gray'}-6)` }}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Box miw={0}>
                <Text fw={600} size="sm">
                  {s.name}
                </Text>
                <List size="xs" spacing={2} c="dimmed" mt={2}>
                  {s.criteria.map((c) => (
                    <List.Item key={c}>{c}</List.Item>
                  ))}
                </List>
              </Box>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
