// The plan's regulatory profile: GDPR role, NIS2 class, DORA, and whom to notify (supervisory authority, CSIRT).
import type { ReactNode } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import { Section } from '../section';
import { ContactLinks } from './contact-links';
import type { PlanIndex } from './plan-index';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function RegulatorySection({ plan, index }: { plan: Plan; index: PlanIndex }) {
  const { t } = useTranslation();
  const r = plan.regulatory;
  const gdpr = [
    r.gdpr.controller && t('plan.regulatory.controller'),
    r.gdpr.processor && t('plan.regulatory.processor'),
  ]
    .filter(Boolean)
    .join(', ');
  const authority = index.contact(r.supervisory_authority);
  const csirt = index.contact(r.csirt);
  return (
    <Section id="regulatory" title={t('plan.regulatory.title')} description={t('plan.regulatory.intro')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Item label={t('plan.regulatory.gdpr')}>
          <Text size="sm" fw={600}>
            {gdpr || t('plan.regulatory.gdpr_none')}
          </Text>
        </Item>
        <Item label={t('plan.regulatory.nis2')}>
          <Text size="sm" fw={600}>
            {t(`plan.nis2.${r.nis2.entity}`)}
          </Text>
          {r.nis2.sector && <Text size="sm">{r.nis2.sector}</Text>}
        </Item>
        <Item label={t('plan.regulatory.dora')}>
          <Text size="sm" fw={600}>
            {r.dora.financial_entity ? t('plan.regulatory.dora_yes') : t('plan.regulatory.dora_no')}
          </Text>
        </Item>
        <Item label={t('plan.regulatory.authority')}>
          <Text size="sm" fw={600}>
            {authority?.organisation ?? r.supervisory_authority}
          </Text>
          <ContactLinks phone={authority?.phone} email={authority?.email} />
        </Item>
        {r.csirt && (
          <Item label={t('plan.regulatory.csirt')}>
            <Text size="sm" fw={600}>
              {csirt?.organisation ?? r.csirt}
            </Text>
            <ContactLinks phone={csirt?.phone} email={csirt?.email} />
          </Item>
        )}
      </SimpleGrid>
    </Section>
  );
}
