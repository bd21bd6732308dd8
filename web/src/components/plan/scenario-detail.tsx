// One scenario opened up: its description, detection hints, the audiences and services, the tasks, the templates.
import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import type { PlanIndex } from './plan-index';
import { ScenarioPhases } from './scenario-phases';
import { ScenarioTemplates } from './scenario-templates';

type Scenario = Plan['scenarios'][number];

export function ScenarioDetail({ scenario, index }: { scenario: Scenario; index: PlanIndex }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <div>
        <Title order={4} fz="sm" mb={4}>
          {t('plan.scenarios.detection_hints')}
        </Title>
        <List size="sm" spacing={4}>
          {scenario.detection_hints.map((h) => (
            <List.Item key={h}>{h}</List.Item>
          ))}
        </List>
      </div>
      <Group gap="xl" align="flex-start" style={{ rowGap: 'var(--mantine-spacing-sm)' }}>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('plan.scenarios.audiences')}
          </Text>
          <Group gap={4}>
            {scenario.audiences.map((a) => (
              <Badge key={a} variant="outline" size="sm" tt="none">
                {index.audienceName(a)}
              </Badge>
            ))}
          </Group>
        </Stack>
        {scenario.services && scenario.services.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('plan.scenarios.services')}
            </Text>
            <Group gap={4}>
              {scenario.services.map((s) => (
                <Badge key={s} variant="outline" color="gray" size="sm" tt="none">
                  {index.serviceName(s)}
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('plan.scenarios.legal')}
          </Text>
          <Text size="sm">
            {scenario.legal_regimes.length === 0
              ? t('plan.scenarios.legal_none')
              : scenario.legal_regimes.map((r) => t(`plan.regime.${r}`)).join(', ')}
          </Text>
        </Stack>
      </Group>
      <ScenarioPhases phases={scenario.phases} index={index} />
      <ScenarioTemplates templates={scenario.templates} index={index} />
    </Stack>
  );
}
