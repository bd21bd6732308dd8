// One message template: audience, language, kind, subject, and the Markdown body with its {{variables}}.
import { useRef } from 'react';
import { Button, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { planLanguages, templateKinds, type PlanLanguage, type TemplateKind } from '@core/plan/enums';
import type { PlanScenario, PlanTemplate } from '@core/plan/schema';
import { IdField } from './id-field';
import { PlanSelect, PlanText } from './inputs';
import { followId } from './list-ops';
import { useField, usePlanEdit } from './plan-edit-context';
import { VariableList } from './variable-list';

interface Props {
  path: string;
  template: PlanTemplate;
  scenario: PlanScenario;
  saved: boolean;
  siblingIds: readonly string[];
  onChange: (template: PlanTemplate) => void;
  onRemove: () => void;
}

/** The id a template gets from what it is: "holding_customers_en". */
export const templateSource = (t: Pick<PlanTemplate, 'kind' | 'audience' | 'language'>) =>
  `${t.kind}_${t.audience}_${t.language}`;

export function TemplateFields({ path, template, scenario, saved, siblingIds, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const { plan } = usePlanEdit();
  const body = useRef<HTMLTextAreaElement>(null);
  const bodyField = useField(`${path}.body`);
  // The scenario's audiences first: a template for another one is refused until the scenario informs it.
  const audiences = [...plan.audiences]
    .sort((a, b) => Number(scenario.audiences.includes(b.id)) - Number(scenario.audiences.includes(a.id)))
    .map((a) => ({ value: a.id, label: a.name || a.id }));

  /** A change of kind, audience or language; a new template's id follows them. */
  const retype = (patch: Partial<PlanTemplate>) => {
    const next = { ...template, ...patch };
    const savedIds = saved ? [template.id] : [];
    onChange({
      ...next,
      id: followId(template, templateSource(template), templateSource(next), savedIds, siblingIds),
    });
  };

  /** Puts "{{name}}" where the cursor is in the body, and leaves the cursor after it. */
  const insert = (name: string) => {
    const el = body.current;
    const text = `{{${name}}}`;
    const start = el?.selectionStart ?? template.body.length;
    const end = el?.selectionEnd ?? start;
    onChange({ ...template, body: template.body.slice(0, start) + text + template.body.slice(end) });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <PlanSelect
          path={`${path}.audience`}
          label={t('plan_edit.field.audience')}
          required
          data={audiences}
          value={template.audience || undefined}
          onChange={(audience) => retype({ audience: audience ?? '' })}
        />
        <PlanSelect
          path={`${path}.language`}
          label={t('plan_edit.field.language')}
          required
          data={planLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          value={template.language}
          onChange={(l) => retype({ language: (l ?? 'nl') as PlanLanguage })}
        />
        <PlanSelect
          path={`${path}.kind`}
          label={t('plan_edit.field.template_kind')}
          description={t('plan_edit.templates.kind_hint')}
          required
          data={templateKinds.map((k) => ({ value: k, label: t(`plan_edit.template_kind.${k}`) }))}
          value={template.kind}
          onChange={(k) => retype({ kind: (k ?? 'holding') as TemplateKind })}
        />
        <IdField
          path={`${path}.id`}
          value={template.id}
          saved={saved}
          onChange={(id) => onChange({ ...template, id })}
        />
      </SimpleGrid>
      <PlanText
        path={`${path}.subject`}
        label={t('plan_edit.field.subject')}
        required
        value={template.subject}
        onChange={(subject) => onChange({ ...template, subject })}
      />
      <Textarea
        {...bodyField}
        ref={body}
        label={t('plan_edit.field.body')}
        description={t('plan_edit.templates.body_hint')}
        required
        autosize
        minRows={8}
        maxRows={30}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        styles={{
          input: {
            fontFamily: 'var(--mantine-font-family-monospace)',
            fontSize: 'var(--mantine-font-size-sm)',
          },
        }}
        value={template.body}
        onChange={(e) => onChange({ ...template, body: e.currentTarget.value })}
      />
      <VariableList onInsert={insert} />
      <Group justify="flex-end">
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={onRemove}
        >
          {t('plan_edit.templates.remove')}
        </Button>
      </Group>
    </Stack>
  );
}
