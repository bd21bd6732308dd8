// A scenario's message templates, one per audience, language and kind; one is open for editing at a time.
import { useEffect, useState } from 'react';
import { Accordion, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanScenario, PlanTemplate } from '@core/plan/schema';
import { Section } from '../section';
import { at, fieldId } from './field-id';
import { ListProblems } from './list-problems';
import { removeAt, replaceAt, uniqueId } from './list-ops';
import { messagesAt, usePlanEdit, useProblems } from './plan-edit-context';
import { TemplateFields, templateSource } from './template-fields';

interface Props {
  index: number;
  scenario: PlanScenario;
  onChange: (scenario: PlanScenario) => void;
}

export function ScenarioTemplates({ index, scenario, onChange }: Props) {
  const { t } = useTranslation();
  const { plan, base } = usePlanEdit();
  const { problems, target } = useProblems();
  const [open, setOpen] = useState<string | null>(null);
  const path = at('scenarios', index, 'templates');
  const templates = scenario.templates;
  const savedIds = base.scenarios.find((s) => s.id === scenario.id)?.templates.map((x) => x.id) ?? [];

  // A link from the error summary to a template's field opens that template.
  useEffect(() => {
    if (!target?.path.startsWith(`${path}.`)) return;
    const item = target.path.slice(path.length + 1).split('.')[0];
    if (item) setOpen(item);
  }, [target, path]);

  const set = (next: PlanTemplate[]) => onChange({ ...scenario, templates: next });
  const audienceName = (id: string) => plan.audiences.find((a) => a.id === id)?.name || id;

  const add = () => {
    const fresh = {
      audience: scenario.audiences[0] ?? '',
      language: plan.organisation.language,
      kind: 'holding' as const,
    };
    const id = uniqueId(
      templateSource(fresh),
      templates.map((x) => x.id),
    );
    set([...templates, { id, ...fresh, subject: '', body: '' }]);
    setOpen(String(templates.length));
    requestAnimationFrame(() => document.getElementById(fieldId(`${path}.${templates.length}`))?.focus());
  };

  return (
    <Section
      id="plan-edit-templates"
      title={t('plan_edit.templates.title')}
      description={t('plan_edit.templates.intro')}
    >
      <ListProblems path={path} withId />
      <Accordion value={open} onChange={setOpen} variant="separated" keepMounted={false}>
        {templates.map((template, i) => {
          const count = messagesAt(problems, `${path}.${i}`, true).length;
          return (
            <Accordion.Item key={i} value={String(i)}>
              <Accordion.Control id={fieldId(`${path}.${i}`)}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">
                    {t(`plan_edit.template_kind.${template.kind}`)}
                  </Text>
                  <Text size="sm">
                    {audienceName(template.audience)} · {template.language.toUpperCase()}
                  </Text>
                  {count > 0 && (
                    <Badge color="red" variant="light" size="sm">
                      {t('plan_edit.problems', { count })}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {template.subject}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <TemplateFields
                  path={`${path}.${i}`}
                  template={template}
                  scenario={scenario}
                  saved={savedIds.includes(template.id)}
                  siblingIds={templates.map((x) => x.id)}
                  onChange={(next) => set(replaceAt(templates, i, next))}
                  onRemove={() => {
                    set(removeAt(templates, i));
                    setOpen(null);
                  }}
                />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <Stack gap={0} align="flex-start">
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
          {t('plan_edit.templates.add')}
        </Button>
      </Stack>
    </Section>
  );
}
