// `stormbell incident list|show|declare`: talks to a running Stormbell over its API with an API token, so it works
// from any machine that can reach the server (STORMBELL_URL and STORMBELL_TOKEN, or --url and --token).
import { CliError } from '../errors.js';
import { call, type RemoteOptions } from '../remote.js';

interface IncidentItem {
  id: string;
  reference: string;
  title: string;
  phase: string;
  severity_name: string;
  scenario_name: string;
  declared_at: string;
  open_tasks: number;
  overdue_tasks: number;
  restricted: boolean;
  exercise: boolean;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export async function incidentList(o: RemoteOptions & { all?: boolean }): Promise<void> {
  const { items } = await call<{ items: IncidentItem[] }>(
    o,
    'GET',
    `/api/v1/incidents${o.all ? '' : '?open=true'}`,
  );
  if (o.json) return void console.log(JSON.stringify(items, null, 2));
  if (items.length === 0) return void console.log(o.all ? 'No incidents.' : 'No open incidents.');
  for (const i of items) {
    const flags = [i.restricted ? 'restricted' : '', i.exercise ? 'EXERCISE' : ''].filter(Boolean).join(', ');
    console.log(
      `${i.reference}  ${i.phase.padEnd(11)}  ${i.severity_name}  ${i.title}${flags ? `  [${flags}]` : ''}  (declared ${when(i.declared_at)}, ${i.open_tasks} open tasks${i.overdue_tasks ? `, ${i.overdue_tasks} overdue` : ''})`,
    );
  }
}

interface IncidentDetail extends IncidentItem {
  awareness_at: string;
  eta_at: string | null;
  eta_confidence: string | null;
  roles: Array<{ role_name: string; name: string; phone: string | null }>;
  tasks: Array<{
    phase: string;
    title: string;
    status: string;
    overdue: boolean;
    owner_role_name: string | null;
  }>;
}

export async function incidentShow(reference: string, o: RemoteOptions): Promise<void> {
  const i = await call<IncidentDetail>(o, 'GET', `/api/v1/incidents/${encodeURIComponent(reference)}`);
  if (o.json) return void console.log(JSON.stringify(i, null, 2));
  console.log(`${i.reference}: ${i.title}`);
  console.log(
    `  phase ${i.phase}, ${i.severity_name}, scenario ${i.scenario_name}${i.restricted ? ', restricted' : ''}${i.exercise ? ', EXERCISE' : ''}`,
  );
  console.log(`  declared ${when(i.declared_at)}, aware since ${when(i.awareness_at)}`);
  if (i.eta_at)
    console.log(`  expected recovery ${when(i.eta_at)} (${i.eta_confidence ?? 'unknown'} confidence)`);
  console.log('Roles:');
  for (const r of i.roles) console.log(`  ${r.role_name}: ${r.name}${r.phone ? `, ${r.phone}` : ''}`);
  const open = i.tasks.filter((t) => t.status === 'todo' || t.status === 'doing');
  console.log(`Open tasks (${open.length}):`);
  for (const t of open)
    console.log(
      `  [${t.phase}] ${t.title}${t.owner_role_name ? ` (${t.owner_role_name})` : ''}${t.overdue ? ' OVERDUE' : ''}`,
    );
}

export async function incidentDeclare(
  o: RemoteOptions & {
    title?: string;
    scenario?: string;
    severity?: string;
    restricted?: boolean;
    exercise?: boolean;
  },
): Promise<void> {
  if (!o.title || !o.scenario || !o.severity)
    throw new CliError('Missing --title, --scenario or --severity.');
  const i = await call<IncidentDetail>(o, 'POST', '/api/v1/incidents', {
    title: o.title,
    scenario_id: o.scenario,
    severity_id: o.severity,
    ...(o.restricted ? { restricted: true } : {}),
    ...(o.exercise ? { exercise: true } : {}),
  });
  if (o.json) return void console.log(JSON.stringify(i, null, 2));
  console.log(
    `Declared ${i.reference}: ${i.title} (${i.roles.length} roles assigned, ${i.tasks.length} tasks).`,
  );
}
