// The organisation and its regulatory profile: GDPR role, NIS2 class and sector, DORA, authority and CSIRT.
import { Anchor, Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  nis2Entities,
  planLanguages,
  type ContactKind,
  type Nis2Entity,
  type PlanLanguage,
} from '@core/plan/enums';
import type { PlanRegulatory } from '@core/plan/schema';
import { Section } from '../section';
import { PlanSelect, PlanSwitch, PlanText } from './inputs';
import { ListProblems } from './list-problems';
import { usePlanEdit, useField } from './plan-edit-context';
import { EDIT_BASE } from './sections';
import { SectionIntro } from './section-intro';

export function RegulatorySection() {
  const { t } = useTranslation();
  const { plan, update } = usePlanEdit();
  const reg = plan.regulatory;
  const set = (regulatory: PlanRegulatory) => update((p) => ({ ...p, regulatory }));
  const contactsOf = (kind: ContactKind) =>
    plan.contacts.filter((c) => c.kind === kind).map((c) => ({ value: c.id, label: c.organisation || c.id }));
  const authorities = contactsOf('supervisory_authority');
  const csirts = contactsOf('csirt');
  const gdpr = useField('regulatory.gdpr', true);
  const noneOfKind = (kind: ContactKind) => (
    <Text size="xs" c="dimmed">
      {t('plan_edit.regulatory.none_of_kind', { kind: t(`plan_edit.contact_kind.${kind}`) })}{' '}
      <Anchor component={Link} to={`${EDIT_BASE}/contacts`} size="xs">
        {t('plan_edit.section.contacts')}
      </Anchor>
    </Text>
  );

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.regulatory')}>{t('plan_edit.regulatory.intro')}</SectionIntro>
      <ListProblems path="regulatory" withId />
      <Section id="plan-edit-organisation" title={t('plan_edit.organisation.title')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PlanText
            path="organisation.name"
            label={t('plan_edit.field.organisation_name')}
            required
            value={plan.organisation.name}
            onChange={(name) => update((p) => ({ ...p, organisation: { ...p.organisation, name } }))}
          />
          <PlanSelect
            path="organisation.language"
            label={t('plan_edit.field.plan_language')}
            description={t('plan_edit.organisation.language_hint')}
            required
            data={planLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            value={plan.organisation.language}
            onChange={(l) =>
              update((p) => ({
                ...p,
                organisation: { ...p.organisation, language: (l ?? 'nl') as PlanLanguage },
              }))
            }
          />
          <PlanText
            path="reviewed_at"
            label={t('plan_edit.field.reviewed_at')}
            description={t('plan_edit.organisation.reviewed_hint')}
            type="date"
            required
            value={plan.reviewed_at}
            onChange={(reviewed_at) => update((p) => ({ ...p, reviewed_at }))}
          />
        </SimpleGrid>
      </Section>
      <Section id="plan-edit-regulatory" title={t('plan_edit.regulatory.title')}>
        <Checkbox.Group
          label={t('plan_edit.regulatory.gdpr')}
          description={t('plan_edit.regulatory.gdpr_hint')}
          {...gdpr}
          value={(['controller', 'processor'] as const).filter((k) => reg.gdpr[k])}
          onChange={(v) =>
            set({
              ...reg,
              gdpr: { controller: v.includes('controller'), processor: v.includes('processor') },
            })
          }
        >
          <Stack gap="xs" mt="xs">
            <Checkbox value="controller" label={t('plan_edit.regulatory.controller')} />
            <Checkbox value="processor" label={t('plan_edit.regulatory.processor')} />
          </Stack>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PlanSelect
            path="regulatory.nis2.entity"
            label={t('plan_edit.regulatory.nis2_entity')}
            required
            data={nis2Entities.map((e) => ({ value: e, label: t(`plan_edit.nis2.${e}`) }))}
            value={reg.nis2.entity}
            onChange={(e) => set({ ...reg, nis2: { ...reg.nis2, entity: (e ?? 'none') as Nis2Entity } })}
          />
          <PlanText
            path="regulatory.nis2.sector"
            label={t('plan_edit.regulatory.nis2_sector')}
            description={t('plan_edit.regulatory.nis2_sector_hint')}
            required={reg.nis2.entity !== 'none'}
            value={reg.nis2.sector ?? ''}
            onChange={(sector) => {
              const { sector: _, ...rest } = reg.nis2;
              set({ ...reg, nis2: sector ? { ...rest, sector } : rest });
            }}
          />
        </SimpleGrid>
        <PlanSwitch
          path="regulatory.dora.financial_entity"
          label={t('plan_edit.regulatory.dora')}
          description={t('plan_edit.regulatory.dora_hint')}
          checked={reg.dora.financial_entity}
          onChange={(financial_entity) => set({ ...reg, dora: { financial_entity } })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4}>
            <PlanSelect
              path="regulatory.supervisory_authority"
              label={t('plan_edit.regulatory.authority')}
              required
              data={authorities}
              value={reg.supervisory_authority || undefined}
              onChange={(id) => set({ ...reg, supervisory_authority: id ?? '' })}
            />
            {authorities.length === 0 && noneOfKind('supervisory_authority')}
          </Stack>
          <Stack gap={4}>
            <PlanSelect
              path="regulatory.csirt"
              label={t('plan_edit.regulatory.csirt')}
              description={t('plan_edit.regulatory.csirt_hint')}
              required={reg.nis2.entity !== 'none'}
              clearable
              data={csirts}
              value={reg.csirt}
              onChange={(csirt) => {
                const { csirt: _, ...rest } = reg;
                set(csirt ? { ...rest, csirt } : rest);
              }}
            />
            {csirts.length === 0 && noneOfKind('csirt')}
          </Stack>
        </SimpleGrid>
      </Section>
    </Stack>
  );
}
