// Audiences: who hears from us, over which channels and in which languages, who approves, how often, and where the
// messages go (recipients, chat, webhooks); below them the press contact.
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { channels, planLanguages, type Channel, type PlanLanguage } from '@core/plan/enums';
import type { PlanAudience } from '@core/plan/schema';
import { at } from './field-id';
import { AddItem } from './add-item';
import { AudienceDelivery } from './audience-delivery';
import { IdField } from './id-field';
import { PlanMulti, PlanNumber, PlanSwitch, PlanText, PlanTextarea } from './inputs';
import { ItemCard } from './item-card';
import { ListProblems } from './list-problems';
import { followId, move, removeAt, replaceAt, uniqueId, withOptional } from './list-ops';
import { usePlanEdit } from './plan-edit-context';
import { PressContactSection } from './press-contact-section';
import { SectionIntro } from './section-intro';

export function AudiencesSection() {
  const { t } = useTranslation();
  const { plan, base, update } = usePlanEdit();
  const audiences = plan.audiences;
  const savedIds = base.audiences.map((a) => a.id);
  const set = (next: PlanAudience[]) => update((p) => ({ ...p, audiences: next }));
  const change = (i: number, audience: PlanAudience) => set(replaceAt(audiences, i, audience));
  const channelOptions = channels.map((c) => ({ value: c, label: t(`plan_edit.channel.${c}`) }));
  const languageOptions = planLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }));
  const roleOptions = plan.roles.map((r) => ({ value: r.id, label: r.name || r.id }));

  const add = (name: string) => {
    const id = uniqueId(
      name,
      audiences.map((a) => a.id),
    );
    const audience: PlanAudience = {
      id,
      name,
      internal: false,
      channels: ['email'],
      languages: [plan.organisation.language],
      approval_chain: ['communications_lead'],
      cadence_minutes: 120,
    };
    set([...audiences, audience]);
  };

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.audiences')}>{t('plan_edit.audiences.intro')}</SectionIntro>
      <ListProblems path="audiences" withId />
      {audiences.map((audience, i) => {
        const path = at('audiences', i);
        return (
          <ItemCard
            key={i}
            listPath="audiences"
            index={i}
            count={audiences.length}
            title={audience.name || t('plan_edit.audiences.unnamed')}
            onMove={(to) => set(move(audiences, i, to))}
            onRemove={() => set(removeAt(audiences, i))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanText
                path={`${path}.name`}
                label={t('plan_edit.field.name')}
                required
                value={audience.name}
                onChange={(name) =>
                  change(i, {
                    ...audience,
                    name,
                    id: followId(
                      audience,
                      audience.name,
                      name,
                      savedIds,
                      audiences.map((a) => a.id),
                    ),
                  })
                }
              />
              <IdField
                path={`${path}.id`}
                value={audience.id}
                saved={savedIds.includes(audience.id)}
                onChange={(id) => change(i, { ...audience, id })}
              />
            </SimpleGrid>
            <PlanTextarea
              path={`${path}.description`}
              label={t('plan_edit.field.description')}
              value={audience.description ?? ''}
              onChange={(v) => change(i, withOptional(audience, 'description', v))}
            />
            <PlanSwitch
              path={`${path}.internal`}
              label={t('plan_edit.field.internal')}
              description={t('plan_edit.audiences.internal_hint')}
              checked={audience.internal}
              onChange={(internal) => change(i, { ...audience, internal })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PlanMulti
                path={`${path}.channels`}
                label={t('plan_edit.field.channels')}
                required
                data={channelOptions}
                value={audience.channels}
                onChange={(v) => change(i, { ...audience, channels: v as Channel[] })}
              />
              <PlanMulti
                path={`${path}.languages`}
                label={t('plan_edit.field.languages')}
                required
                data={languageOptions}
                value={audience.languages}
                onChange={(v) => change(i, { ...audience, languages: v as PlanLanguage[] })}
              />
              <PlanMulti
                path={`${path}.approval_chain`}
                label={t('plan_edit.field.approval_chain')}
                description={t('plan_edit.audiences.approval_chain_hint')}
                required
                data={roleOptions}
                value={audience.approval_chain}
                onChange={(approval_chain) => change(i, { ...audience, approval_chain })}
              />
              <PlanNumber
                path={`${path}.cadence_minutes`}
                label={t('plan_edit.field.cadence_minutes')}
                description={t('plan_edit.audiences.cadence_hint')}
                required
                min={1}
                value={audience.cadence_minutes}
                onChange={(m) => change(i, { ...audience, cadence_minutes: m as number })}
              />
            </SimpleGrid>
            <AudienceDelivery path={path} audience={audience} onChange={(next) => change(i, next)} />
          </ItemCard>
        );
      })}
      <AddItem
        listPath="audiences"
        count={audiences.length}
        label={t('plan_edit.audiences.add_label')}
        button={t('plan_edit.audiences.add')}
        onAdd={add}
      />
      <PressContactSection />
    </Stack>
  );
}
