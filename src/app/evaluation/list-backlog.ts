// The improvement backlog: action items from every incident (and exercise) the caller may see, filtered, overdue
// first, then by due date.
import type { ActionItem, Backlog, BacklogQuery } from '../../core/api/evaluation.js';
import { hasAccess } from '../../core/access.js';
import { getIncident, type IncidentRow } from '../../store/repos/incidents.js';
import { listActionItems } from '../../store/repos/evaluation.js';
import { requireActor, type Ctx } from '../context.js';
import { canSee } from '../incidents/access.js';
import { accountNames } from '../legal/support.js';
import { presentActionItem, today } from './support.js';

function statusesOf(param: string | undefined): string[] | undefined {
  if (!param) return undefined;
  const wanted = new Set(param.split(',').flatMap((s) => (s === 'active' ? ['open', 'doing'] : [s])));
  return [...wanted];
}

export async function listBacklog(ctx: Ctx, query: BacklogQuery): Promise<Backlog> {
  const actor = requireActor(ctx, 'viewer');
  const db = ctx.store.db;
  const empty: Backlog = {
    items: [],
    counts: { open: 0, doing: 0, done: 0, dropped: 0, overdue: 0 },
    owners: [],
  };
  let incidentId: string | undefined;
  if (query.incident) {
    const found = await getIncident(db, query.incident);
    if (!found) return empty;
    incidentId = found.id;
  }
  const owner = query.owner === 'me' ? actor.id : query.owner;
  const rows = await listActionItems(db, { incidentId });
  const incidents = new Map<string, { row: IncidentRow; visible: boolean } | null>();
  for (const id of new Set(rows.map((r) => r.incident_id))) {
    const row = await getIncident(db, id);
    incidents.set(id, row ? { row, visible: await canSee(db, actor, row) } : null);
  }
  const names = await accountNames(db);
  const day = today(ctx);
  const mayChange = hasAccess(actor.level, 'responder');
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const visible: ActionItem[] = rows.flatMap((r) => {
    const inc = incidents.get(r.incident_id);
    return inc?.visible ? [presentActionItem(r, inc.row, names, day, mayChange)] : [];
  });
  // The owner filter offers everyone who owns something the caller can see, whatever the other filters say.
  const owners = new Map<string, { account_id: string | null; name: string }>();
  for (const i of visible)
    owners.set(i.owner_account_id ?? `name:${i.owner_name.toLowerCase()}`, {
      account_id: i.owner_account_id,
      name: i.owner_name,
    });
  const statuses = statusesOf(query.status);
  let items = visible;
  if (statuses) items = items.filter((i) => statuses.includes(i.status));
  if (owner)
    items = items.filter((i) =>
      i.owner_account_id === null
        ? i.owner_name.toLowerCase() === owner.toLowerCase()
        : i.owner_account_id === owner,
    );
  if (query.overdue) items = items.filter((i) => i.overdue === (query.overdue === 'true'));
  if (query.exercise) items = items.filter((i) => i.exercise === (query.exercise === 'true'));
  if (words.length > 0)
    items = items.filter((i) => {
      const text = [i.title, i.description, i.owner_name, i.plan_part, i.incident_reference]
        .join(' ')
        .toLowerCase();
      return words.every((w) => text.includes(w));
    });
  items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.due_on ?? '9999-99-99').localeCompare(b.due_on ?? '9999-99-99') ||
      b.created_at.localeCompare(a.created_at),
  );
  const counts = { ...empty.counts };
  for (const i of items) {
    counts[i.status]++;
    if (i.overdue) counts.overdue++;
  }
  return {
    items,
    counts,
    owners: [...owners.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
