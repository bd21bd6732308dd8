// One scenario (playbook): what it is, how to recognise it, the rules it may trigger, who to inform, and below it
// what employees should and should not do, the checklist and the message templates.
import { Anchor, Button, Checkbox, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { legalRegimes, type LegalRegime } from '@core/plan/enums';
import type { PlanScenario } from '@core/plan/schema';
import { ConfirmModal } from '../confirm-modal';
import { Section } from '../section';
import { EmployeeGuidance } from './employee-guidance';
import { at, fieldId } from './field-id';
import { IdField } from './id-field';
import { PlanMulti, PlanText, PlanTextarea } from './inputs';
import { followId, removeAt, replaceAt } from './list-ops';
import { ListProblems } from './list-problems';
import { PhaseTasks } from './phase-tasks';
import { useField, usePlanEdit } from './plan-edit-context';
import { ScenarioTemplates } from './scenario-templates';
import { EDIT_BASE } from './sections';
import { TextListField } from './text-list-field';

export function ScenarioEditor({ index }: { index: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { plan, base, update } = usePlanEdit();
  const [removing, setRemoving] = useState(false);
  const scenario = plan.scenarios[index];
  const legal = useField(`scenarios.${index}.legal_regimes`, true);
  if (!scenario) return null;
  const path = at('scenarios', index);
  const savedIds = base.scenarios.map((s) => s.id);
  const ids = plan.scenarios.map((s) => s.id);
  const change = (next: PlanScenario) =>
    update((p) => ({ ...p, scenarios: replaceAt(p.scenarios, index, next) }));
  const remove = () => {
    update((p) => ({ ...p, scenarios: removeAt(p.scenarios, index) }));
    void navigate(`${EDIT_BASE}/scenarios`);
  };
  const audiences = plan.audiences.map((a) => ({ value: a.id, label: a.name || a.id }));
  const services = plan.services.map((s) => ({ value: s.id, label: s.name || s.id }));
  const title = scenario.name || t('plan_edit.scenarios.unnamed');

  return (
    <Stack gap="md" id={fieldId(path)} tabIndex={-1} style={{ outline: 'none' }}>
      <Anchor component={Link} to={`${EDIT_BASE}/scenarios`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('plan_edit.scenarios.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={2} fz="xl" className="break-anywhere">
          {title}
        </Title>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setRemoving(true)}
        >
          {t('plan_edit.scenarios.remove')}
        </Button>
      </Group>
      <ListProblems path={path} />
      <Section id="plan-edit-scenario-general" title={t('plan_edit.scenarios.general')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PlanText
            path={`${path}.name`}
            label={t('plan_edit.field.name')}
            required
            value={scenario.name}
            onChange={(name) =>
              change({ ...scenario, name, id: followId(scenario, scenario.name, name, savedIds, ids) })
            }
          />
          <IdField
            path={`${path}.id`}
            value={scenario.id}
            saved={savedIds.includes(scenario.id)}
            onChange={(id) => change({ ...scenario, id })}
          />
        </SimpleGrid>
        <PlanTextarea
          path={`${path}.description`}
          label={t('plan_edit.field.description')}
          required
          value={scenario.description}
          onChange={(description) => change({ ...scenario, description })}
        />
        <TextListField
          path={`${path}.detection_hints`}
          label={t('plan_edit.field.detection_hints')}
          itemLabel={t('plan_edit.scenarios.hint')}
          addLabel={t('plan_edit.scenarios.add_hint')}
          value={scenario.detection_hints}
          onChange={(detection_hints) => change({ ...scenario, detection_hints })}
        />
        <Checkbox.Group
          label={t('plan_edit.field.legal_regimes')}
          description={t('plan_edit.scenarios.legal_hint')}
          {...legal}
          value={scenario.legal_regimes}
          onChange={(v) => change({ ...scenario, legal_regimes: v as LegalRegime[] })}
        >
          <Group gap="lg" mt="xs">
            {legalRegimes.map((r) => (
              <Checkbox key={r} value={r} label={t(`plan_edit.regime.${r}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PlanMulti
            path={`${path}.audiences`}
            label={t('plan_edit.field.audiences')}
            description={t('plan_edit.scenarios.audiences_hint')}
            required
            data={audiences}
            value={scenario.audiences}
            onChange={(v) => change({ ...scenario, audiences: v })}
          />
          <PlanMulti
            path={`${path}.services`}
            label={t('plan_edit.field.services')}
            description={t('plan_edit.scenarios.services_hint')}
            data={services}
            value={scenario.services ?? []}
            onChange={(v) => {
              const { services: _, ...rest } = scenario;
              change(v.length > 0 ? { ...rest, services: v } : rest);
            }}
          />
        </SimpleGrid>
      </Section>
      <EmployeeGuidance index={index} scenario={scenario} onChange={change} />
      <PhaseTasks index={index} scenario={scenario} />
      <ScenarioTemplates index={index} scenario={scenario} onChange={change} />
      <ConfirmModal
        opened={removing}
        title={t('plan_edit.scenarios.remove_title', { name: title })}
        confirmLabel={t('plan_edit.scenarios.remove')}
        danger
        onConfirm={remove}
        onClose={() => setRemoving(false)}
      >
        {t('plan_edit.scenarios.remove_body')}
      </ConfirmModal>
    </Stack>
  );
}
