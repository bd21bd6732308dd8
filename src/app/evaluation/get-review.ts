// The review of an incident: its metrics and pinned moments in front, the contributions, texts and action items.
import type { Review } from '../../core/api/evaluation.js';
import { requireActor, type Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { presentReview } from './support.js';

export async function getIncidentReview(ctx: Ctx, incidentKey: string): Promise<Review> {
  const actor = requireActor(ctx, 'viewer');
  const incident = await loadIncidentForRead(ctx, incidentKey);
  return presentReview(ctx, ctx.store.db, incident, actor);
}
