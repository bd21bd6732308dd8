// The accounts a task or role can go to: the incident's members and role holders, and (for admins) every account.
import { useAccounts } from '../../api/queries';
import type { IncidentDetail } from '../../api/incidents';
import { useIsAdmin } from '../../lib/session';

export interface AccountOption {
  value: string;
  label: string;
}

export function useAccountOptions(incident: IncidentDetail): AccountOption[] {
  const isAdmin = useIsAdmin();
  // Only admins may list every account; others choose among the people already on the incident.
  const accounts = useAccounts(isAdmin);
  const options = new Map<string, string>();
  for (const r of incident.roles) if (r.account_id) options.set(r.account_id, r.name);
  for (const m of incident.members) options.set(m.account_id, `${m.name} (${m.email})`);
  for (const a of accounts.data ?? []) if (a.active) options.set(a.id, `${a.name} (${a.email})`);
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
