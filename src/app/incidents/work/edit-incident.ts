// Changes an incident's title, severity (and with it the update cadences), need-to-know flag or personal-data answer.
import type { z } from 'zod';
import type { ZUpdateIncidentRequest } from '../../../core/api/incidents.js';
import { hasAccess } from '../../../core/access.js';
import { invalid } from '../../../core/errors.js';
import type { Plan } from '../../../core/plan/index.js';
import {
  addMember,
  listAudiences,
  updateAudienceCadence,
  updateIncident,
  type IncidentRow,
} from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx, type Unit } from '../../context.js';
import { canSee, loadIncidentForAction } from '../access.js';
import { incidentPlan } from './support.js';

type EditInput = z.infer<typeof ZUpdateIncidentRequest>;

/** A new severity brings its own update cadence per audience, the same way declaring set them. */
async function recadence(u: Unit, incident: IncidentRow, plan: Plan, severityId: string) {
  const severity = plan.severities.find((s) => s.id === severityId)!;
  const changed: Array<{ audience_id: string; before: number; after: number }> = [];
  for (const a of await listAudiences(u.tx, incident.id)) {
    const after =
      severity.cadence[a.audience_id] ??
      plan.audiences.find((x) => x.id === a.audience_id)?.cadence_minutes ??
      60;
    if (after === Number(a.cadence_minutes)) continue;
    await updateAudienceCadence(u.tx, incident.id, a.audience_id, after);
    changed.push({ audience_id: a.audience_id, before: Number(a.cadence_minutes), after });
  }
  return changed;
}

export async function editIncident(ctx: Ctx, id: string, input: EditInput): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const plan = await incidentPlan(ctx, u.tx, incident);
    if (input.severity_id !== undefined && !plan.severities.some((s) => s.id === input.severity_id))
      throw invalid('severity_id', 'incident.unknown_severity', { id: input.severity_id });

    const current = {
      title: incident.title,
      severity_id: incident.severity_id,
      restricted: incident.restricted === 1,
      personal_data: incident.personal_data,
    };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of ['title', 'severity_id', 'restricted', 'personal_data'] as const) {
      const value = input[field];
      if (value === undefined || value === current[field]) continue;
      before[field] = current[field];
      after[field] = value;
    }
    // Saving the form unchanged is not a change: nothing to record.
    if (Object.keys(after).length === 0) return incident.id;

    await updateIncident(u.tx, incident.id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.severity_id !== undefined ? { severity_id: input.severity_id } : {}),
      ...(input.restricted !== undefined ? { restricted: input.restricted ? 1 : 0 } : {}),
      ...(input.personal_data !== undefined ? { personal_data: input.personal_data } : {}),
      updated_at: u.now,
    });
    const cadences = 'severity_id' in after ? await recadence(u, incident, plan, input.severity_id!) : [];
    await u.event(
      'incident.updated',
      { before, after, ...(cadences.length > 0 ? { cadences } : {}) },
      { chainId: incident.id, subject: incident.id },
    );

    // Whoever restricts an incident stays able to see it: otherwise their own change would lock them out.
    const actor = ctx.actor!;
    if (after.restricted === true && !hasAccess(actor.level, 'admin')) {
      if (!(await canSee(u.tx, actor, { ...incident, restricted: 1 }))) {
        await addMember(u.tx, incident.id, actor.id, u.now);
        await u.event(
          'member.added',
          { account_id: actor.id, name: actor.name, automatic: true },
          { chainId: incident.id, subject: actor.id },
        );
      }
    }
    return incident.id;
  });
}
