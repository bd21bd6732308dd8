// Severities: what makes an incident SEV1 to SEV4, and how often each audience hears from us at that level.
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanSeverity } from '@core/plan/schema';
import { AddItem } from './add-item';
import { CadenceField } from './cadence-field';
import { at } from './field-id';
import { IdField } from './id-field';
import { PlanText } from './inputs';
import { ItemCard } from './item-card';
import { ListProblems } from './list-problems';
import { followId, move, removeAt, replaceAt, uniqueId } from './list-ops';
import { usePlanEdit } from './plan-edit-context';
import { SectionIntro } from './section-intro';
import { TextListField } from './text-list-field';

export function SeveritiesSection() {
  const { t } = useTranslation();
  const { plan, base, update } = usePlanEdit();
  const severities = plan.severities;
  const savedIds = base.severities.map((s) => s.id);
  const set = (next: PlanSeverity[]) => update((p) => ({ ...p, severities: next }));
  const change = (i: number, severity: PlanSeverity) => set(replaceAt(severities, i, severity));

  const add = (name: string) => {
    const id = uniqueId(
      name,
      severities.map((s) => s.id),
    );
    set([...severities, { id, name, criteria: [], cadence: {} }]);
  };

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.severities')}>{t('plan_edit.severities.intro')}</SectionIntro>
      <ListProblems path="severities" withId />
      {severities.map((severity, i) => {
        const path = at('severities', i);
        return (
          <ItemCard
            key={i}
            listPath="severities"
            index={i}
            count={severities.length}
            title={severity.name || t('plan_edit.severities.unnamed')}
            onMove={(to) => set(move(severities, i, to))}
            onRemove={() => set(removeAt(severities, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanText
                path={`${path}.name`}
                label={t('plan_edit.field.name')}
                required
                value={severity.name}
                onChange={(name) =>
                  change(i, {
                    ...severity,
                    name,
                    id: followId(
                      severity,
                      severity.name,
                      name,
                      savedIds,
                      severities.map((s) => s.id),
                    ),
                  })
                }
              />
              <IdField
                path={`${path}.id`}
                value={severity.id}
                saved={savedIds.includes(severity.id)}
                onChange={(id) => change(i, { ...severity, id })}
              />
            </SimpleGrid>
            <TextListField
              path={`${path}.criteria`}
              label={t('plan_edit.field.criteria')}
              itemLabel={t('plan_edit.severities.criterion')}
              addLabel={t('plan_edit.severities.add_criterion')}
              value={severity.criteria}
              onChange={(criteria) => change(i, { ...severity, criteria })}
            />
            <CadenceField
              path={path}
              plan={plan}
              severity={severity}
              onChange={(cadence) => change(i, { ...severity, cadence })}
            />
          </ItemCard>
        );
      })}
      <AddItem
        listPath="severities"
        count={severities.length}
        label={t('plan_edit.severities.add_label')}
        button={t('plan_edit.severities.add')}
        onAdd={add}
      />
    </Stack>
  );
}
