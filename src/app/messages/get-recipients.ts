// The uploaded people of an incident's audience: how many, per language, and the first ones to check.
import type { RecipientList } from '../../core/api/messages.js';
import { forbidden } from '../../core/errors.js';
import { hasAccess } from '../../core/access.js';
import { requireActor, type Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { presentRecipients } from './recipient-list.js';
import { audienceOf } from './support.js';

export async function getRecipients(
  ctx: Ctx,
  incidentKey: string,
  audienceId: string,
): Promise<RecipientList> {
  const actor = requireActor(ctx, 'viewer');
  if (!hasAccess(actor.level, 'responder')) throw forbidden();
  const incident = await loadIncidentForRead(ctx, incidentKey);
  audienceOf(await incidentPlan(ctx, ctx.store.db, incident), audienceId);
  return presentRecipients(ctx.store.db, incident.id, audienceId);
}
