// The plan's scenarios (playbooks), one expandable item each: what to look for, what to do per phase, what to say.
import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import { Section } from '../section';
import type { PlanIndex } from './plan-index';
import { ScenarioDetail } from './scenario-detail';

export function ScenariosSection({ plan, index }: { plan: Plan; index: PlanIndex }) {
  const { t } = useTranslation();
  return (
    <Section id="scenarios" title={t('plan.scenarios.title')} description={t('plan.scenarios.intro')}>
      <Accordion variant="separated" multiple chevronPosition="left">
        {plan.scenarios.map((s) => (
          <Accordion.Item key={s.id} value={s.id}>
            <Accordion.Control>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{s.name}</Text>
                  {s.legal_regimes.map((r) => (
                    <Badge key={r} size="xs" variant="light" color="red" tt="none">
                      {t(`plan.regime.${r}`)}
                    </Badge>
                  ))}
                </Group>
                <Text size="sm" c="dimmed">
                  {s.description}
                </Text>
              </Stack>
            </Accordion.Control>
            <Accordion.Panel>
              <ScenarioDetail scenario={s} index={index} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Section>
  );
}
