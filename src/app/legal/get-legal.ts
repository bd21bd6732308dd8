// The incident's legal picture: the plan's regulatory profile, the assessment and every obligation with its clock.
import type { Legal } from '../../core/api/legal.js';
import type { Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { presentLegal } from './support.js';

export async function getLegal(ctx: Ctx, incidentKey: string): Promise<Legal> {
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const plan = await incidentPlan(ctx, ctx.store.db, incident);
  return presentLegal(ctx.store.db, plan, incident, ctx.clock.now());
}
