// The parts of the response plan an action item can change, as choices for a picker: each section of the plan,
// and each scenario and audience by name, from the plan in force (responders and up may read it).
import { useTranslation } from 'react-i18next';
import { usePlanForPickers } from '../../api/incidents';
import { PLAN_SECTIONS, planPartText, type PlanNames } from './evaluation-words';

export interface PlanPartOption {
  value: string;
  label: string;
}

/** The names the plan gives its scenarios and audiences, to show a part in words. */
export function usePlanNames(enabled: boolean): PlanNames | undefined {
  const plan = usePlanForPickers(enabled);
  if (!plan.data) return undefined;
  return {
    scenarios: new Map(plan.data.plan.scenarios.map((s) => [s.id, s.name])),
    audiences: new Map(plan.data.plan.audiences.map((a) => [a.id, a.name])),
  };
}

export function usePlanPartOptions(enabled: boolean, current?: string): PlanPartOption[] {
  const { t } = useTranslation();
  const names = usePlanNames(enabled);
  const values: string[] = [];
  for (const section of PLAN_SECTIONS) {
    values.push(section);
    if (section === 'scenarios')
      for (const id of names?.scenarios.keys() ?? []) values.push(`scenarios.${id}`);
    if (section === 'audiences')
      for (const id of names?.audiences.keys() ?? []) values.push(`audiences.${id}`);
  }
  // A part written elsewhere (through the API, or a scenario since removed) stays choosable as it is.
  if (current && !values.includes(current)) values.push(current);
  return values.map((value) => ({ value, label: planPartText(t, value, names) }));
}
