// The accounts a task or role can go to: the incident's members and role holders, and every active account.
import { useDirectory } from '../../api/queries';
import type { IncidentDetail } from '../../api/incidents';

export interface AccountOption {
  value: string;
  label: string;
}

export function useAccountOptions(incident: IncidentDetail): AccountOption[] {
  const accounts = useDirectory(incident.can_act);
  const options = new Map<string, string>();
  for (const r of incident.roles) if (r.account_id) options.set(r.account_id, r.name);
  for (const m of incident.members) options.set(m.account_id, `${m.name} (${m.email})`);
  for (const a of accounts.data ?? []) options.set(a.id, `${a.name} (${a.email})`);
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
