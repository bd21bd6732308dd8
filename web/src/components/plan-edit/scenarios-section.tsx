// The scenarios (playbooks) at a glance; each one is edited on its own page (scenarios/N).
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { phases } from '@core/plan/enums';
import type { PlanScenario } from '@core/plan/schema';
import { AddItem } from './add-item';
import { fieldId } from './field-id';
import { ListProblems } from './list-problems';
import { uniqueId } from './list-ops';
import { messagesAt, usePlanEdit, useProblems } from './plan-edit-context';
import { EDIT_BASE } from './sections';
import { SectionIntro } from './section-intro';

export function ScenariosSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { plan, update } = usePlanEdit();
  const { problems } = useProblems();
  const scenarios = plan.scenarios;

  const add = (name: string) => {
    const scenario: PlanScenario = {
      id: uniqueId(
        name,
        scenarios.map((s) => s.id),
      ),
      name,
      description: '',
      detection_hints: [],
      legal_regimes: [],
      audiences: plan.audiences.filter((a) => a.internal).map((a) => a.id),
      phases: { detection: [], containment: [], recovery: [], evaluation: [] },
      templates: [],
    };
    update((p) => ({ ...p, scenarios: [...p.scenarios, scenario] }));
    void navigate(`${EDIT_BASE}/scenarios/${scenarios.length}`);
  };

  return (
    <Stack gap="md">
      <SectionIntro title={t('plan_edit.section.scenarios')}>{t('plan_edit.scenarios.intro')}</SectionIntro>
      <ListProblems path="scenarios" withId />
      {scenarios.map((s, i) => {
        const count = messagesAt(problems, `scenarios.${i}`, true).length;
        const tasks = phases.reduce((n, p) => n + s.phases[p].length, 0);
        return (
          <Paper key={i} withBorder radius="md" p={{ base: 'sm', sm: 'md' }} id={fieldId(`scenarios.${i}`)}>
            <Stack gap={6}>
              <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                <Title order={3} fz="md" className="break-anywhere">
                  <Anchor component={Link} to={`${EDIT_BASE}/scenarios/${i}`}>
                    {s.name || t('plan_edit.scenarios.unnamed')}
                  </Anchor>
                </Title>
                {count > 0 && (
                  <Badge color="red" variant="light" size="sm" style={{ flexShrink: 0 }}>
                    {t('plan_edit.problems', { count })}
                  </Badge>
                )}
              </Group>
              {s.description && (
                <Text size="sm" lineClamp={2}>
                  {s.description}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {t('plan_edit.scenarios.summary', {
                  tasks,
                  templates: s.templates.length,
                  audiences: s.audiences.length,
                })}
              </Text>
            </Stack>
          </Paper>
        );
      })}
      <AddItem
        listPath="scenarios"
        count={scenarios.length}
        label={t('plan_edit.scenarios.add_label')}
        button={t('plan_edit.scenarios.add')}
        onAdd={add}
      />
    </Stack>
  );
}
