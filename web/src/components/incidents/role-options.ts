// The roles a task can belong to or a person can be given: the plan's roles, else those on the incident.
import { usePlanForPickers, type IncidentDetail } from '../../api/incidents';

export interface RoleOption {
  value: string;
  label: string;
}

export function useRoleOptions(incident: IncidentDetail): RoleOption[] {
  const plan = usePlanForPickers(incident.can_act);
  const options = new Map<string, string>();
  for (const r of incident.roles) options.set(r.role_id, r.role_name);
  for (const r of plan.data?.plan.roles ?? []) if (!options.has(r.id)) options.set(r.id, r.name);
  return [...options].map(([value, label]) => ({ value, label }));
}
