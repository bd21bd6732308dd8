// GDPR Art. 33(5): every personal-data breach, notified or not, with its facts, effects, measures and decisions;
// as a list and as CSV.
import { csvFile } from '../../core/csv.js';
import type { z } from 'zod';
import type { ZBreachRegister } from '../../core/api/legal.js';
import { canSee } from '../incidents/access.js';
import { getIncident, latestFactSheet, listDecisions } from '../../store/repos/incidents.js';
import { listAssessments, listObligations } from '../../store/repos/legal.js';
import { requireActor, type Ctx } from '../context.js';
import { parseAssessment } from './support.js';

type Register = z.infer<typeof ZBreachRegister>;
type Status = Register['items'][number]['authority_notified'];

const statusOf = (o: { status: string } | undefined, fallback: Status): Status =>
  !o ? fallback : o.status === 'submitted' ? 'yes' : o.status === 'not_required' ? 'not_required' : 'pending';

export async function breachRegister(ctx: Ctx): Promise<Register> {
  const actor = requireActor(ctx, 'responder');
  const tx = ctx.store.db;
  const items: Register['items'] = [];
  for (const row of await listAssessments(tx)) {
    const assessment = parseAssessment(row.answers);
    if (assessment?.gdpr.personal_data !== 'yes') continue;
    const incident = await getIncident(tx, row.incident_id);
    // An exercise's breach is practice: it never enters the register.
    if (!incident || incident.exercise || !(await canSee(tx, actor, incident))) continue;
    const [obligations, facts, decisions] = await Promise.all([
      listObligations(tx, incident.id),
      latestFactSheet(tx, incident.id),
      listDecisions(tx, incident.id),
    ]);
    const authority = obligations.find((o) => o.kind === 'gdpr_authority');
    const subjects = obligations.find((o) => o.kind === 'gdpr_data_subjects');
    items.push({
      incident_id: incident.id,
      reference: incident.reference,
      title: incident.title,
      awareness_at: incident.awareness_at,
      categories: assessment.gdpr.categories,
      subjects_min: assessment.gdpr.subjects_min,
      subjects_max: assessment.gdpr.subjects_max,
      records: assessment.gdpr.records,
      consequences: assessment.gdpr.consequences ?? null,
      risk: assessment.gdpr.risk,
      measures: facts?.actions ?? null,
      authority_notified: statusOf(authority, 'no'),
      authority_reference: authority?.reference ?? null,
      subjects_informed: statusOf(subjects, 'no'),
      decisions: decisions.map((d) => ({ title: d.title, rationale: d.rationale, decided_at: d.decided_at })),
    });
  }
  return { items: items.sort((a, b) => b.awareness_at.localeCompare(a.awareness_at)) };
}

export async function breachRegisterCsv(ctx: Ctx): Promise<string> {
  const { items } = await breachRegister(ctx);
  const header = [
    'reference',
    'title',
    'awareness_at',
    'categories',
    'subjects_min',
    'subjects_max',
    'records',
    'consequences',
    'risk',
    'measures',
    'authority_notified',
    'authority_reference',
    'subjects_informed',
    'decisions',
  ];
  return csvFile(
    header,
    items.map((i) => [
      i.reference,
      i.title,
      i.awareness_at,
      i.categories,
      i.subjects_min,
      i.subjects_max,
      i.records,
      i.consequences,
      i.risk,
      i.measures,
      i.authority_notified,
      i.authority_reference,
      i.subjects_informed,
      i.decisions.map((d) => `${d.title}: ${d.rationale}`),
    ]),
  );
}
