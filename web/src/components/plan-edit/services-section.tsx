// Services: the organisation's systems, how critical each is, and what shutting it down costs the business.
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { criticalities, type Criticality } from '@core/plan/enums';
import type { PlanService } from '@core/plan/schema';
import { at } from './field-id';
import { AddItem } from './add-item';
import { IdField } from './id-field';
import { PlanSelect, PlanSwitch, PlanText, PlanTextarea } from './inputs';
import { ItemCard } from './item-card';
import { ListProblems } from './list-problems';
import { followId, move, removeAt, replaceAt, uniqueId, withOptional } from './list-ops';
import { usePlanEdit } from './plan-edit-context';
import { SectionIntro } from './section-intro';

export function ServicesSection() {
  const { t } = useTranslation();
  const { plan, base, update } = usePlanEdit();
  const services = plan.services;
  const savedIds = base.services.map((s) => s.id);
  const set = (next: PlanService[]) => update((p) => ({ ...p, services: next }));
  const change = (i: number, service: PlanService) => set(replaceAt(services, i, service));
  const levels = criticalities.map((c) => ({ value: c, label: t(`plan_edit.criticality.${c}`) }));

  const add = (name: string) => {
    const id = uniqueId(
      name,
      services.map((s) => s.id),
    );
    set([...services, { id, name, criticality: 'medium', shutdown_cost: '', public: false }]);
  };

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.services')}>{t('plan_edit.services.intro')}</SectionIntro>
      <ListProblems path="services" withId />
      {services.map((service, i) => {
        const path = at('services', i);
        return (
          <ItemCard
            key={i}
            listPath="services"
            index={i}
            count={services.length}
            title={service.name || t('plan_edit.services.unnamed')}
            onMove={(to) => set(move(services, i, to))}
            onRemove={() => set(removeAt(services, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanText
                path={`${path}.name`}
                label={t('plan_edit.field.name')}
                required
                value={service.name}
                onChange={(name) =>
                  change(i, {
                    ...service,
                    name,
                    id: followId(
                      service,
                      service.name,
                      name,
                      savedIds,
                      services.map((s) => s.id),
                    ),
                  })
                }
              />
              <IdField
                path={`${path}.id`}
                value={service.id}
                saved={savedIds.includes(service.id)}
                onChange={(id) => change(i, { ...service, id })}
              />
            </SimpleGrid>
            <PlanTextarea
              path={`${path}.description`}
              label={t('plan_edit.field.description')}
              value={service.description ?? ''}
              onChange={(v) => change(i, withOptional(service, 'description', v))}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanSelect
                path={`${path}.criticality`}
                label={t('plan_edit.field.criticality')}
                required
                data={levels}
                value={service.criticality}
                onChange={(c) => change(i, { ...service, criticality: (c ?? 'medium') as Criticality })}
              />
              <PlanSwitch
                path={`${path}.public`}
                label={t('plan_edit.field.public')}
                description={t('plan_edit.services.public_hint')}
                checked={service.public}
                onChange={(v) => change(i, { ...service, public: v })}
              />
            </SimpleGrid>
            <PlanTextarea
              path={`${path}.shutdown_cost`}
              label={t('plan_edit.field.shutdown_cost')}
              description={t('plan_edit.services.shutdown_cost_hint')}
              required
              value={service.shutdown_cost}
              onChange={(shutdown_cost) => change(i, { ...service, shutdown_cost })}
            />
          </ItemCard>
        );
      })}
      <AddItem
        listPath="services"
        count={services.length}
        label={t('plan_edit.services.add_label')}
        button={t('plan_edit.services.add')}
        onAdd={add}
      />
    </Stack>
  );
}
