// The press contact: who journalists call or write to, shown on the press page beside the statements. Without one,
// the press page shows the communications lead.
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanPressContact } from '@core/plan/schema';
import { Section } from '../section';
import { textsOrNothing } from './delivery-ops';
import { PlanText } from './inputs';
import { ListProblems } from './list-problems';
import { usePlanEdit } from './plan-edit-context';

const path = 'organisation.press_contact';

export function PressContactSection() {
  const { t } = useTranslation();
  const { plan, update } = usePlanEdit();
  const contact = plan.organisation.press_contact;
  const lead = plan.roles.find((r) => r.id === 'communications_lead');
  const spokesperson = plan.people.find((p) => p.id === lead?.primary);
  const set = (field: keyof PlanPressContact, value: string) =>
    update((p) => {
      const { press_contact: before, ...organisation } = p.organisation;
      const next = textsOrNothing({ name: '', ...before, [field]: value });
      return { ...p, organisation: next ? { ...organisation, press_contact: next } : organisation };
    });

  return (
    <Section
      id="plan-edit-press-contact"
      title={t('plan_edit.press_contact.title')}
      description={
        contact
          ? t('plan_edit.press_contact.intro')
          : `${t('plan_edit.press_contact.intro')} ${
              spokesperson && lead
                ? t('plan_edit.press_contact.fallback_named', { name: spokesperson.name, role: lead.name })
                : t('plan_edit.press_contact.fallback')
            }`
      }
    >
      <ListProblems path={path} withId />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <PlanText
          path={`${path}.name`}
          label={t('plan_edit.press_contact.name')}
          description={t('plan_edit.press_contact.name_hint')}
          required={contact !== undefined}
          value={contact?.name ?? ''}
          onChange={(v) => set('name', v)}
        />
        <PlanText
          path={`${path}.phone`}
          label={t('plan_edit.field.phone')}
          type="tel"
          value={contact?.phone ?? ''}
          onChange={(v) => set('phone', v)}
        />
        <PlanText
          path={`${path}.email`}
          label={t('plan_edit.field.email')}
          type="email"
          value={contact?.email ?? ''}
          onChange={(v) => set('email', v)}
        />
      </SimpleGrid>
    </Section>
  );
}
