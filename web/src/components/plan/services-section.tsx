// The plan's services with their business criticality and what shutting each one down costs.
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import { DataTable, type Column } from '../data-table';
import { Section } from '../section';

type Service = Plan['services'][number];

export const criticalityColor: Record<Service['criticality'], string> = {
  critical: 'red',
  high: 'orange',
  medium: 'yellow',
  low: 'gray',
};

export function ServicesSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const columns: Column<Service>[] = [
    {
      key: 'name',
      label: t('plan.services.name'),
      primary: true,
      render: (s) => (
        <>
          <Text size="sm" fw={600}>
            {s.name}
          </Text>
          {s.description && (
            <Text size="sm" c="dimmed">
              {s.description}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'criticality',
      label: t('plan.services.criticality'),
      render: (s) => (
        <Badge color={criticalityColor[s.criticality]} variant="light" tt="none">
          {t(`plan.criticality.${s.criticality}`)}
        </Badge>
      ),
    },
    { key: 'cost', label: t('plan.services.shutdown_cost'), render: (s) => s.shutdown_cost },
    {
      key: 'public',
      label: t('plan.services.public'),
      render: (s) => (s.public ? t('common.yes') : t('common.no')),
    },
  ];
  return (
    <Section id="services" title={t('plan.services.title')} description={t('plan.services.intro')}>
      <DataTable
        caption={t('plan.services.title')}
        columns={columns}
        rows={plan.services}
        rowKey={(s) => s.id}
        empty={{ title: t('plan.services.empty') }}
      />
    </Section>
  );
}
