// Need to know: who may see and who may change an incident. A restricted incident is visible only to its team
// (role holders with an account, members, the person who declared it) and admins; to anyone else it does not exist.
import { DomainError } from '../../core/errors.js';
import { hasAccess } from '../../core/access.js';
import { getIncident, isOnTeam, lockIncident, type IncidentRow } from '../../store/repos/incidents.js';
import type { Tx } from '../../store/db.js';
import { requireActor, type Actor, type Ctx } from '../context.js';

const missing = () => new DomainError('not_found', 'error.not_found', { what: 'incident' });

export async function canSee(tx: Tx, actor: Actor, incident: IncidentRow): Promise<boolean> {
  if (!incident.restricted || hasAccess(actor.level, 'admin') || incident.declared_by === actor.id)
    return true;
  return isOnTeam(tx, incident.id, actor.id);
}

/** The incident if the caller may read it; 404 otherwise (never 403: its existence is need-to-know too). */
export async function loadIncidentForRead(
  ctx: Ctx,
  idOrReference: string,
  tx: Tx = ctx.store.db,
): Promise<IncidentRow> {
  const actor = requireActor(ctx, 'viewer');
  const incident = await getIncident(tx, idOrReference);
  if (!incident || !(await canSee(tx, actor, incident))) throw missing();
  return incident;
}

/** The incident if the caller may change it: responders and admins who can see it, and it is not closed. */
export async function loadIncidentForAction(
  ctx: Ctx,
  idOrReference: string,
  tx: Tx = ctx.store.db,
  options: { allowClosed?: boolean } = {},
): Promise<IncidentRow> {
  const found = await loadIncidentForRead(ctx, idOrReference, tx);
  // Inside a transaction, hold the row so concurrent changes to one incident happen one after the other.
  const incident =
    tx === ctx.store.db ? found : ((await lockIncident(tx, ctx.store.dialect, found.id)) ?? found);
  if (!hasAccess(ctx.actor!.level, 'responder')) throw new DomainError('forbidden', 'error.forbidden');
  if (incident.phase === 'closed' && !options.allowClosed) throw new DomainError('conflict', 'phase.closed');
  return incident;
}

export async function canAct(tx: Tx, actor: Actor, incident: IncidentRow): Promise<boolean> {
  return (
    hasAccess(actor.level, 'responder') && incident.phase !== 'closed' && (await canSee(tx, actor, incident))
  );
}
