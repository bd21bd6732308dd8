// The roles: who holds each one (a primary person and deputies) and what the role may approve.
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { approvals, standardRoles, type Approval } from '@core/plan/enums';
import type { PlanRole } from '@core/plan/schema';
import { at } from './field-id';
import { AddItem } from './add-item';
import { IdField } from './id-field';
import { PlanMulti, PlanSelect, PlanText, PlanTextarea } from './inputs';
import { ItemCard } from './item-card';
import { ListProblems } from './list-problems';
import { followId, move, removeAt, replaceAt, uniqueId, withOptional } from './list-ops';
import { usePlanEdit } from './plan-edit-context';
import { SectionIntro } from './section-intro';

export function RolesSection() {
  const { t } = useTranslation();
  const { plan, base, update } = usePlanEdit();
  const roles = plan.roles;
  const savedIds = base.roles.map((r) => r.id);
  const set = (next: PlanRole[]) => update((p) => ({ ...p, roles: next }));
  const change = (i: number, role: PlanRole) => set(replaceAt(roles, i, role));
  const people = plan.people.map((p) => ({ value: p.id, label: p.name || p.id }));
  const approvalOptions = approvals.map((a) => ({ value: a, label: t(`plan_edit.approval.${a}`) }));

  const add = (name: string) => {
    const id = uniqueId(
      name,
      roles.map((r) => r.id),
    );
    set([...roles, { id, name, primary: '', deputies: [], may_approve: [] }]);
  };

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.roles')}>
        {t('plan_edit.roles.intro', { roles: standardRoles.join(', ') })}
      </SectionIntro>
      <ListProblems path="roles" withId />
      {roles.map((role, i) => {
        const path = at('roles', i);
        const standard = (standardRoles as readonly string[]).includes(role.id);
        return (
          <ItemCard
            key={i}
            listPath="roles"
            index={i}
            count={roles.length}
            title={role.name || t('plan_edit.roles.unnamed')}
            onMove={(to) => set(move(roles, i, to))}
            onRemove={() => set(removeAt(roles, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanText
                path={`${path}.name`}
                label={t('plan_edit.field.name')}
                required
                value={role.name}
                onChange={(name) =>
                  change(i, {
                    ...role,
                    name,
                    id: followId(
                      role,
                      role.name,
                      name,
                      savedIds,
                      roles.map((r) => r.id),
                    ),
                  })
                }
              />
              <IdField
                path={`${path}.id`}
                value={role.id}
                saved={standard || savedIds.includes(role.id)}
                onChange={(id) => change(i, { ...role, id })}
              />
            </SimpleGrid>
            <PlanTextarea
              path={`${path}.description`}
              label={t('plan_edit.field.description')}
              value={role.description ?? ''}
              onChange={(v) => change(i, withOptional(role, 'description', v))}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanSelect
                path={`${path}.primary`}
                label={t('plan_edit.field.primary')}
                required
                searchable
                data={people}
                value={role.primary || undefined}
                onChange={(primary) =>
                  change(i, {
                    ...role,
                    primary: primary ?? '',
                    deputies: role.deputies.filter((d) => d !== primary),
                  })
                }
              />
              <PlanMulti
                path={`${path}.deputies`}
                label={t('plan_edit.field.deputies')}
                description={t('plan_edit.roles.deputies_hint')}
                data={people.filter((p) => p.value !== role.primary)}
                value={role.deputies}
                onChange={(deputies) => change(i, { ...role, deputies })}
              />
            </SimpleGrid>
            <PlanMulti
              path={`${path}.may_approve`}
              label={t('plan_edit.field.may_approve')}
              description={t('plan_edit.roles.may_approve_hint')}
              data={approvalOptions}
              value={role.may_approve}
              onChange={(v) => change(i, { ...role, may_approve: v as Approval[] })}
            />
          </ItemCard>
        );
      })}
      <AddItem
        listPath="roles"
        count={roles.length}
        label={t('plan_edit.roles.add_label')}
        button={t('plan_edit.roles.add')}
        onAdd={add}
      />
    </Stack>
  );
}
