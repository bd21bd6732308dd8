// Every open legal clock across the incidents the person may see, overdue and soonest first: the dashboard.
import type { z } from 'zod';
import type { ZObligationDashboard } from '../../core/api/legal.js';
import { canSee } from '../incidents/access.js';
import { getIncidents } from '../../store/repos/incidents.js';
import { listAssessmentsOf, listObligationsOf, listOpenObligations } from '../../store/repos/legal.js';
import { requireActor, type Ctx } from '../context.js';
import { accountNames, momentsOf, parseAssessment, presentObligation } from './support.js';

export async function listOpenClocks(ctx: Ctx): Promise<z.infer<typeof ZObligationDashboard>> {
  const actor = requireActor(ctx, 'viewer');
  const tx = ctx.store.db;
  const now = ctx.clock.now();
  // A handful of queries however many incidents have open duties (restricted ones add one each, to check the team).
  const [names, open] = await Promise.all([accountNames(tx), listOpenObligations(tx)]);
  const ids = [...new Set(open.map((o) => o.incident_id))];
  const [incidents, obligations, assessments] = await Promise.all([
    getIncidents(tx, ids),
    listObligationsOf(tx, ids),
    listAssessmentsOf(tx, ids),
  ]);
  const items = [];
  for (const incident of incidents) {
    if (!(await canSee(tx, actor, incident))) continue;
    const all = obligations.filter((o) => o.incident_id === incident.id);
    const assessment = assessments.find((x) => x.incident_id === incident.id);
    const moments = momentsOf(incident, parseAssessment(assessment?.answers), all);
    for (const row of all.filter((o) => o.status === 'open'))
      items.push({
        ...presentObligation(row, moments, names, now),
        incident_id: incident.id,
        reference: incident.reference,
        title: incident.title,
        exercise: Boolean(incident.exercise),
      });
  }
  // Overdue first, then by deadline; duties without a fixed deadline last.
  const key = (i: { overdue: boolean; due_at: string | null }) => `${i.overdue ? 0 : 1}${i.due_at ?? '9999'}`;
  return { items: items.sort((a, b) => key(a).localeCompare(key(b))) };
}
