// What the incident page's changes share: the plan version the incident runs on, account checks, the answer.
import type { IncidentDetail } from '../../../core/api/incidents.js';
import { invalid, notFound } from '../../../core/errors.js';
import type { Plan } from '../../../core/plan/index.js';
import { getAccount, type AccountRow } from '../../../store/repos/accounts.js';
import { getIncident, type IncidentRow } from '../../../store/repos/incidents.js';
import { getPlanVersion } from '../../../store/repos/plan.js';
import type { Tx } from '../../../store/db.js';
import { requireActor, type Ctx } from '../../context.js';
import { parseVersion } from '../../plan/current-plan.js';
import { presentIncidentDetail } from '../present-incident.js';

/**
 * The plan version the incident was declared under, read inside the transaction: on SQLite a read through the
 * store's own handle would wait for the open transaction forever.
 */
export async function incidentPlan(ctx: Ctx, tx: Tx, incident: IncidentRow): Promise<Plan> {
  const row = await getPlanVersion(tx, Number(incident.plan_version));
  if (!row) throw notFound('plan_version');
  return parseVersion(ctx.store, row);
}

/** An account that can hold a role, own a task or join the team: it exists and is not deactivated. */
export async function activeAccount(tx: Tx, id: string, field: string): Promise<AccountRow> {
  const account = await getAccount(tx, id);
  if (!account || account.deactivated_at) throw invalid(field, 'incident.unknown_account');
  return account;
}

/** Empty optional text means "none": stored as null, so the page shows nothing rather than a blank. */
export const orNull = (text: string | null | undefined): string | null => text?.trim() || null;

/**
 * The incident as it is after a change, for the person who made it. No visibility check: they could see it a
 * moment ago, and a change such as leaving a restricted team must still be answered.
 */
export async function presentChanged(ctx: Ctx, incidentId: string): Promise<IncidentDetail> {
  const actor = requireActor(ctx, 'viewer');
  const row = await getIncident(ctx.store.db, incidentId);
  if (!row) throw notFound('incident');
  return presentIncidentDetail(ctx.store, ctx.store.db, row, actor, ctx.clock.now());
}
