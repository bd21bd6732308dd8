// The plan's severities: when each applies, and how often each audience hears from us at that level.
import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import { Section } from '../section';
import { everyText } from './durations';
import type { PlanIndex } from './plan-index';

// The first severity is the worst: red, then down to calm blue.
const colors = ['red', 'orange', 'yellow', 'blue'];

export function SeveritiesSection({ plan, index }: { plan: Plan; index: PlanIndex }) {
  const { t } = useTranslation();
  return (
    <Section id="severities" title={t('plan.severities.title')} description={t('plan.severities.intro')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {plan.severities.map((s, i) => {
          const cadence = Object.entries(s.cadence);
          return (
            <Card
              key={s.id}
              withBorder
              padding="md"
              style={{ borderLeft: `4px solid var(--mantine-color-${colors[i] ?? 'gray'}-6)` }}
            >
              <Stack gap="sm">
                <Title order={3} fz="md">
                  {s.name}
                </Title>
                <div>
                  <Text size="sm" fw={600}>
                    {t('plan.severities.criteria')}
                  </Text>
                  <List size="sm" spacing={2}>
                    {s.criteria.map((c) => (
                      <List.Item key={c}>{c}</List.Item>
                    ))}
                  </List>
                </div>
                <div>
                  <Text size="sm" fw={600}>
                    {t('plan.severities.cadence')}
                  </Text>
                  {cadence.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('plan.severities.cadence_default')}
                    </Text>
                  ) : (
                    <List size="sm" spacing={2}>
                      {cadence.map(([audience, minutes]) => (
                        <List.Item key={audience}>
                          {t('plan.severities.every', {
                            audience: index.audienceName(audience),
                            time: everyText(t, minutes),
                          })}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </div>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Section>
  );
}
