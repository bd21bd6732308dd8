// The plan's audiences: who hears from us, through which channels and languages, and who approves what they read.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import { Section } from '../section';
import { everyText } from './durations';
import type { PlanIndex } from './plan-index';

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} align="center" style={{ rowGap: 4 }}>
      <Text size="sm" c="dimmed" miw={120}>
        {label}
      </Text>
      {children}
    </Group>
  );
}

export function AudiencesSection({ plan, index }: { plan: Plan; index: PlanIndex }) {
  const { t } = useTranslation();
  return (
    <Section id="audiences" title={t('plan.audiences.title')} description={t('plan.audiences.intro')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {plan.audiences.map((a) => (
          <Card key={a.id} withBorder padding="md">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Title order={3} fz="md">
                  {a.name}
                </Title>
                <Badge
                  variant="light"
                  color={a.internal ? 'gray' : 'grape'}
                  tt="none"
                  style={{ flexShrink: 0 }}
                >
                  {a.internal ? t('plan.audiences.internal') : t('plan.audiences.external')}
                </Badge>
              </Group>
              {a.description && (
                <Text size="sm" c="dimmed">
                  {a.description}
                </Text>
              )}
              <Line label={t('plan.audiences.channels')}>
                {a.channels.map((c) => (
                  <Badge key={c} variant="outline" size="sm" tt="none">
                    {t(`plan.channel.${c}`)}
                  </Badge>
                ))}
              </Line>
              <Line label={t('plan.audiences.languages')}>
                <Text size="sm">{a.languages.map((l) => t(`language.${l}`)).join(', ')}</Text>
              </Line>
              <Line label={t('plan.audiences.approval')}>
                {a.approval_chain.map((r, i) => (
                  <Fragment key={r}>
                    {i > 0 && <IconArrowRight size={14} aria-label={t('plan.audiences.then')} />}
                    <Text size="sm" fw={500}>
                      {index.roleName(r)}
                    </Text>
                  </Fragment>
                ))}
              </Line>
              <Line label={t('plan.audiences.cadence')}>
                <Text size="sm">{everyText(t, a.cadence_minutes)}</Text>
              </Line>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Section>
  );
}
