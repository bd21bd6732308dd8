// External contacts: insurer, outside counsel, forensics, hosting, police, the supervisory authority, the CSIRT.
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contactKinds, type ContactKind } from '@core/plan/enums';
import type { PlanContact } from '@core/plan/schema';
import { at } from './field-id';
import { AddItem } from './add-item';
import { IdField } from './id-field';
import { PlanSelect, PlanText, PlanTextarea } from './inputs';
import { ItemCard } from './item-card';
import { ListProblems } from './list-problems';
import { followId, move, removeAt, replaceAt, uniqueId, withOptional } from './list-ops';
import { usePlanEdit } from './plan-edit-context';
import { SectionIntro } from './section-intro';

export function ContactsSection() {
  const { t } = useTranslation();
  const { plan, base, update } = usePlanEdit();
  const contacts = plan.contacts;
  const savedIds = base.contacts.map((c) => c.id);
  const set = (next: PlanContact[]) => update((p) => ({ ...p, contacts: next }));
  const change = (i: number, contact: PlanContact) => set(replaceAt(contacts, i, contact));
  const kinds = contactKinds.map((k) => ({ value: k, label: t(`plan_edit.contact_kind.${k}`) }));

  const add = (organisation: string) => {
    const id = uniqueId(
      organisation,
      contacts.map((c) => c.id),
    );
    set([...contacts, { id, kind: 'other', organisation }]);
  };

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.contacts')}>{t('plan_edit.contacts.intro')}</SectionIntro>
      <ListProblems path="contacts" withId />
      {contacts.map((contact, i) => {
        const path = at('contacts', i);
        const optional = (key: 'name' | 'phone' | 'email' | 'notes') => (v: string) =>
          change(i, withOptional(contact, key, v));
        return (
          <ItemCard
            key={i}
            listPath="contacts"
            index={i}
            count={contacts.length}
            title={contact.organisation || t('plan_edit.contacts.unnamed')}
            onMove={(to) => set(move(contacts, i, to))}
            onRemove={() => set(removeAt(contacts, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanText
                path={`${path}.organisation`}
                label={t('plan_edit.field.organisation')}
                required
                value={contact.organisation}
                onChange={(organisation) =>
                  change(i, {
                    ...contact,
                    organisation,
                    id: followId(
                      contact,
                      contact.organisation,
                      organisation,
                      savedIds,
                      contacts.map((c) => c.id),
                    ),
                  })
                }
              />
              <IdField
                path={`${path}.id`}
                value={contact.id}
                saved={savedIds.includes(contact.id)}
                onChange={(id) => change(i, { ...contact, id })}
              />
              <PlanSelect
                path={`${path}.kind`}
                label={t('plan_edit.field.kind')}
                required
                data={kinds}
                value={contact.kind}
                onChange={(kind) => change(i, { ...contact, kind: (kind ?? 'other') as ContactKind })}
              />
              <PlanText
                path={`${path}.name`}
                label={t('plan_edit.field.contact_name')}
                value={contact.name ?? ''}
                onChange={optional('name')}
              />
              <PlanText
                path={`${path}.phone`}
                label={t('plan_edit.field.phone')}
                type="tel"
                value={contact.phone ?? ''}
                onChange={optional('phone')}
              />
              <PlanText
                path={`${path}.email`}
                label={t('plan_edit.field.email')}
                type="email"
                value={contact.email ?? ''}
                onChange={optional('email')}
              />
            </SimpleGrid>
            <PlanTextarea
              path={`${path}.notes`}
              label={t('plan_edit.field.notes')}
              value={contact.notes ?? ''}
              onChange={optional('notes')}
            />
          </ItemCard>
        );
      })}
      <AddItem
        listPath="contacts"
        count={contacts.length}
        label={t('plan_edit.contacts.add_label')}
        button={t('plan_edit.contacts.add')}
        onAdd={add}
      />
    </Stack>
  );
}
