// The plan's team: each role with its primary person and deputies, their phone numbers, and what it may approve.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import { Section } from '../section';
import { ContactLinks } from './contact-links';
import type { PlanIndex } from './plan-index';

export function TeamSection({ plan, index }: { plan: Plan; index: PlanIndex }) {
  const { t } = useTranslation();
  const person = (id: string, label: string) => {
    const p = index.person(id);
    return (
      <Stack gap={2}>
        <Text size="sm">
          <Text span size="xs" c="dimmed" tt="uppercase" fw={700} mr={6}>
            {label}
          </Text>
          <Text span fw={600} size="sm">
            {p?.name ?? id}
          </Text>
        </Text>
        {p && <ContactLinks phone={p.phone} email={p.email} />}
      </Stack>
    );
  };
  return (
    <Section id="team" title={t('plan.team.title')} description={t('plan.team.intro')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {plan.roles.map((role) => (
          <Card key={role.id} withBorder padding="md">
            <Stack gap="sm">
              <Stack gap={2}>
                <Title order={3} fz="md">
                  {role.name}
                </Title>
                {role.description && (
                  <Text size="sm" c="dimmed" lineClamp={3}>
                    {role.description}
                  </Text>
                )}
              </Stack>
              {person(role.primary, t('plan.team.primary'))}
              {role.deputies.length === 0 ? (
                <Text size="sm" c="orange.8">
                  {t('plan.team.no_deputy')}
                </Text>
              ) : (
                role.deputies.map((d) => <div key={d}>{person(d, t('plan.team.deputy'))}</div>)
              )}
              {role.may_approve.length > 0 && (
                <Group gap={4}>
                  <Text size="xs" c="dimmed">
                    {t('plan.team.may_approve')}
                  </Text>
                  {role.may_approve.map((a) => (
                    <Badge key={a} variant="light" color="gray" size="sm" tt="none">
                      {t(`plan.approval.${a}`)}
                    </Badge>
                  ))}
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Section>
  );
}
