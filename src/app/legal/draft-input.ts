// Gathers what a notification draft is filled from: the incident, its latest facts, assessment, services,
// decisions, earlier submissions and messages to the people affected, and the plan's contacts.
import type { DraftInput } from '../../core/legal/drafts.js';
import type { ObligationKind } from '../../core/legal/obligations.js';
import { DEFAULT_TIME_ZONE } from '../../core/format-time.js';
import type { Plan } from '../../core/plan/index.js';
import {
  latestFactSheet,
  listDecisions,
  listRoles,
  listServices,
  type IncidentRow,
} from '../../store/repos/incidents.js';
import { getAssessment, listObligations } from '../../store/repos/legal.js';
import { listMessages } from '../../store/repos/messages.js';
import type { Tx } from '../../store/db.js';
import { parseAssessment } from './support.js';

/** Who the authority can call back: the incident's privacy officer, else the plan's. */
async function contactPoint(tx: Tx, plan: Plan, incident: IncidentRow): Promise<DraftInput['contact']> {
  const role = plan.roles.find((r) => r.id === 'privacy_officer');
  const holder = (await listRoles(tx, incident.id)).find((r) => r.role_id === 'privacy_officer');
  if (holder)
    return {
      name: holder.name,
      email: holder.email,
      phone: holder.phone,
      role: role?.name ?? 'privacy_officer',
    };
  const person = plan.people.find((p) => p.id === role?.primary);
  return person ? { name: person.name, email: person.email, phone: person.phone, role: role!.name } : null;
}

/** NIS2 and DORA reports go to the CSIRT when the plan names one; the GDPR ones to the supervisory authority. */
function authorityFor(plan: Plan, kind: ObligationKind): DraftInput['authority'] {
  const id = kind.startsWith('gdpr')
    ? plan.regulatory.supervisory_authority
    : (plan.regulatory.csirt ?? plan.regulatory.supervisory_authority);
  const c = plan.contacts.find((x) => x.id === id);
  if (!c) return null;
  return {
    organisation: c.organisation,
    ...(c.name ? { name: c.name } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
  };
}

export async function draftInput(
  tx: Tx,
  plan: Plan,
  incident: IncidentRow,
  kind: ObligationKind,
  now: Date,
): Promise<DraftInput> {
  const [facts, assessmentRow, services, decisions, obligations, messages] = await Promise.all([
    latestFactSheet(tx, incident.id),
    getAssessment(tx, incident.id),
    listServices(tx, incident.id),
    listDecisions(tx, incident.id),
    listObligations(tx, incident.id),
    listMessages(tx, incident.id),
  ]);
  const affected = new Set(['data_subjects']);
  return {
    organisation: { name: plan.organisation.name },
    contact: await contactPoint(tx, plan, incident),
    authority: authorityFor(plan, kind),
    incident: {
      reference: incident.reference,
      title: incident.title,
      scenario: plan.scenarios.find((s) => s.id === incident.scenario_id)?.name ?? incident.scenario_id,
      severity: plan.severities.find((s) => s.id === incident.severity_id)?.name ?? incident.severity_id,
      phase: incident.phase,
      awareness_at: incident.awareness_at,
      declared_at: incident.declared_at,
      eta_at: incident.eta_at,
      personal_data: incident.personal_data as 'yes' | 'no' | 'unknown',
    },
    facts: facts
      ? {
          what_happened: facts.what_happened,
          affected: facts.affected,
          actions: facts.actions,
          advice: facts.advice,
          expected_recovery: facts.expected_recovery,
        }
      : null,
    assessment: parseAssessment(assessmentRow?.answers),
    services: services.map((s) => ({
      name: plan.services.find((x) => x.id === s.service_id)?.name ?? s.service_id,
      state: s.state,
    })),
    decisions: decisions.map((d) => ({ title: d.title, rationale: d.rationale, decided_at: d.decided_at })),
    submissions: obligations
      .filter((o) => o.status === 'submitted' && o.submitted_at)
      .map((o) => ({
        kind: o.kind as ObligationKind,
        submitted_at: o.submitted_at!,
        reference: o.reference ?? '',
      })),
    informed: messages
      .filter((m) => m.status === 'published' && affected.has(m.audience_id))
      .map((m) => ({
        audience: plan.audiences.find((a) => a.id === m.audience_id)?.name ?? m.audience_id,
        published_at: m.published_at!,
      })),
    now: now.toISOString(),
    timeZone: DEFAULT_TIME_ZONE,
  };
}
