// What employees should and should not do during an incident of this kind, shown on the internal page: two lists
// of short, concrete sentences.
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanScenario } from '@core/plan/schema';
import { Section } from '../section';
import { at } from './field-id';
import { guidanceOf } from './delivery-ops';
import { ListProblems } from './list-problems';
import { TextListField } from './text-list-field';

interface Props {
  index: number;
  scenario: PlanScenario;
  onChange: (scenario: PlanScenario) => void;
}

export function EmployeeGuidance({ index, scenario, onChange }: Props) {
  const { t } = useTranslation();
  const path = at('scenarios', index, 'employee_guidance');
  const doList = scenario.employee_guidance?.do ?? [];
  const dontList = scenario.employee_guidance?.dont ?? [];
  const set = (nextDo: string[], nextDont: string[]) => {
    const { employee_guidance: _, ...rest } = scenario;
    const guidance = guidanceOf(nextDo, nextDont);
    onChange(guidance ? { ...rest, employee_guidance: guidance } : rest);
  };
  return (
    <Section
      id="plan-edit-guidance"
      title={t('plan_edit.guidance.title')}
      description={t('plan_edit.guidance.intro')}
    >
      <ListProblems path={path} withId />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TextListField
          path={`${path}.do`}
          label={t('plan_edit.guidance.do')}
          description={t('plan_edit.guidance.do_hint')}
          itemLabel={t('plan_edit.guidance.do_item')}
          addLabel={t('plan_edit.guidance.add_do')}
          value={doList}
          onChange={(next) => set(next, dontList)}
        />
        <TextListField
          path={`${path}.dont`}
          label={t('plan_edit.guidance.dont')}
          description={t('plan_edit.guidance.dont_hint')}
          itemLabel={t('plan_edit.guidance.dont_item')}
          addLabel={t('plan_edit.guidance.add_dont')}
          value={dontList}
          onChange={(next) => set(doList, next)}
        />
      </SimpleGrid>
    </Section>
  );
}
