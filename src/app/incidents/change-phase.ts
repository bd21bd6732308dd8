// Moves an incident to another phase: forward in order, back (or skipping) with a reason, closed only past the guards.
import { transition, type IncidentPhase } from '../../core/incident/phases.js';
import { noOpenTasks } from '../../core/incident/tasks.js';
import { noOpenObligations } from '../../core/legal/obligations.js';
import { reviewCompleted } from '../../core/evaluation/review.js';
import type { ReviewState } from '../../core/api/evaluation.js';
import { getReview } from '../../store/repos/evaluation.js';
import { listObligations } from '../../store/repos/legal.js';
import { listTasks, updateIncident } from '../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from './access.js';

export async function changePhase(
  ctx: Ctx,
  id: string,
  input: { phase: IncidentPhase; reason?: string | undefined },
) {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const tasks = (await listTasks(u.tx, incident.id)).map((t) => ({
      status: t.status as 'todo' | 'doing' | 'done' | 'skipped',
      skipReason: t.skip_reason,
    }));
    const openObligations = (await listObligations(u.tx, incident.id)).filter(
      (o) => o.status === 'open',
    ).length;
    const reviewState = ((await getReview(u.tx, incident.id))?.state ?? 'open') as ReviewState;
    // Later features add their guards to this list.
    const change = transition<{ tasks: typeof tasks; openObligations: number; reviewState: ReviewState }>(
      { phase: incident.phase as IncidentPhase, tasks, openObligations, reviewState },
      input.phase,
      u.now,
      input.reason ?? null,
      [noOpenTasks, noOpenObligations, reviewCompleted],
    );
    await updateIncident(u.tx, incident.id, {
      phase: change.to,
      phase_changed_at: u.now,
      updated_at: u.now,
      ...(change.to === 'closed' ? { closed_at: u.now } : {}),
    });
    await u.event('incident.phase_changed', { ...change }, { chainId: incident.id, subject: incident.id });
    return incident.id;
  });
}
