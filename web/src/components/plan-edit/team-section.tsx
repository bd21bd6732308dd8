// The team: the people in the plan, with the phone number and email address to reach them in a crisis.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { planLanguages, type PlanLanguage } from '@core/plan/enums';
import type { PlanPerson } from '@core/plan/schema';
import { at } from './field-id';
import { AddItem } from './add-item';
import { IdField } from './id-field';
import { PlanSelect, PlanText } from './inputs';
import { ItemCard } from './item-card';
import { ListProblems } from './list-problems';
import { followId, move, removeAt, replaceAt, uniqueId } from './list-ops';
import { usePlanEdit } from './plan-edit-context';
import { SectionIntro } from './section-intro';

export function TeamSection() {
  const { t } = useTranslation();
  const { plan, base, update } = usePlanEdit();
  const people = plan.people;
  const savedIds = base.people.map((p) => p.id);
  const set = (next: PlanPerson[]) => update((p) => ({ ...p, people: next }));
  const change = (i: number, person: PlanPerson) => set(replaceAt(people, i, person));
  const languages = planLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }));

  const add = (name: string) => {
    const id = uniqueId(
      name,
      people.map((p) => p.id),
    );
    set([...people, { id, name, email: '', phone: '', language: plan.organisation.language }]);
  };

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.team')}>{t('plan_edit.team.intro')}</SectionIntro>
      <ListProblems path="people" withId />
      {people.map((person, i) => {
        const path = at('people', i);
        const roles = plan.roles.filter((r) => r.primary === person.id || r.deputies.includes(person.id));
        return (
          <ItemCard
            key={i}
            listPath="people"
            index={i}
            count={people.length}
            title={person.name || t('plan_edit.team.unnamed')}
            onMove={(to) => set(move(people, i, to))}
            onRemove={() => set(removeAt(people, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanText
                path={`${path}.name`}
                label={t('plan_edit.field.name')}
                required
                value={person.name}
                onChange={(name) =>
                  change(i, {
                    ...person,
                    name,
                    id: followId(
                      person,
                      person.name,
                      name,
                      savedIds,
                      people.map((p) => p.id),
                    ),
                  })
                }
              />
              <IdField
                path={`${path}.id`}
                value={person.id}
                saved={savedIds.includes(person.id)}
                onChange={(id) => change(i, { ...person, id })}
              />
              <PlanText
                path={`${path}.email`}
                label={t('plan_edit.field.email')}
                type="email"
                required
                value={person.email}
                onChange={(email) => change(i, { ...person, email })}
              />
              <PlanText
                path={`${path}.phone`}
                label={t('plan_edit.field.phone')}
                description={t('plan_edit.team.phone_hint')}
                type="tel"
                required
                value={person.phone}
                onChange={(phone) => change(i, { ...person, phone })}
              />
              <PlanSelect
                path={`${path}.language`}
                label={t('plan_edit.field.language')}
                required
                data={languages}
                value={person.language}
                onChange={(language) => change(i, { ...person, language: language as PlanLanguage })}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {roles.length > 0
                ? t('plan_edit.team.roles', { roles: roles.map((r) => r.name).join(', ') })
                : t('plan_edit.team.no_roles')}
            </Text>
          </ItemCard>
        );
      })}
      <AddItem
        listPath="people"
        count={people.length}
        label={t('plan_edit.team.add_label')}
        button={t('plan_edit.team.add')}
        onAdd={add}
      />
    </Stack>
  );
}
