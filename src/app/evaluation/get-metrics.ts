// An incident's metrics, computed now from its timeline: never typed in, so never out of step with what happened.
import type { Metrics } from '../../core/api/evaluation.js';
import type { Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { incidentMetrics } from './support.js';

export async function getIncidentMetrics(ctx: Ctx, incidentKey: string): Promise<Metrics> {
  const incident = await loadIncidentForRead(ctx, incidentKey);
  return incidentMetrics(ctx, ctx.store.db, incident);
}
