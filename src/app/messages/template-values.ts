// The values a template's {{variables}} take for one incident, in one language: from the incident, its latest
// fact sheet, the plan and the people who hold the communication roles.
import type { Language } from '../../core/api/common.js';
import { formatDateTime } from '../../core/format-time.js';
import { t } from '../../core/i18n/index.js';
import type { TemplateValues } from '../../core/message/fill-template.js';
import type { Plan, PlanAudience } from '../../core/plan/index.js';
import { latestFactSheet, listRoles, type IncidentRow } from '../../store/repos/incidents.js';
import type { Tx } from '../../store/db.js';

interface Contact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** Who answers questions: the press contact for the press, otherwise the incident's communications lead. */
async function contactFor(
  tx: Tx,
  plan: Plan,
  incidentId: string,
  audience: PlanAudience,
): Promise<Contact | null> {
  const press = plan.organisation.press_contact;
  if (press && audience.channels.includes('press'))
    return { name: press.name, email: press.email ?? null, phone: press.phone ?? null };
  const holder = (await listRoles(tx, incidentId)).find((r) => r.role_id === 'communications_lead');
  if (holder) return { name: holder.name, email: holder.email, phone: holder.phone };
  const role = plan.roles.find((r) => r.id === 'communications_lead');
  const person = role && plan.people.find((p) => p.id === role.primary);
  return person ? { name: person.name, email: person.email, phone: person.phone } : null;
}

export async function templateValues(
  tx: Tx,
  input: {
    plan: Plan;
    incident: IncidentRow;
    audience: PlanAudience;
    language: Language;
    publicUrl: string;
    now: Date;
  },
): Promise<TemplateValues> {
  const { plan, incident, audience, language } = input;
  const facts = await latestFactSheet(tx, incident.id);
  const contact = await contactFor(tx, plan, incident.id, audience);
  const when = (iso: string) => formatDateTime(iso, language);
  const severity = plan.severities.find((s) => s.id === incident.severity_id);
  const cadence =
    plan.severities.find((s) => s.id === incident.severity_id)?.cadence[audience.id] ??
    audience.cadence_minutes;
  const eta =
    facts?.expected_recovery ||
    (incident.eta_at
      ? t(language, 'message.eta_at', {
          at: when(incident.eta_at),
          confidence: t(language, `message.confidence.${incident.eta_confidence ?? 'low'}`),
        })
      : undefined);
  const nextUpdate = facts?.next_update_at ?? new Date(input.now.getTime() + cadence * 60_000).toISOString();
  return {
    'organisation.name': plan.organisation.name,
    'incident.title': incident.title,
    'incident.reference': incident.reference,
    'incident.severity': severity?.name ?? incident.severity_id,
    'facts.summary': facts?.what_happened,
    'facts.discovered_at': when(incident.awareness_at),
    'facts.impact': facts?.affected,
    'facts.actions': facts?.actions,
    'facts.advice': facts?.advice,
    'facts.personal_data': t(language, `message.personal_data.${incident.personal_data}`),
    eta,
    next_update: when(nextUpdate),
    'contact.name': contact?.name,
    'contact.email': contact?.email ?? undefined,
    'contact.phone': contact?.phone ?? undefined,
    status_page_url: `${input.publicUrl}/status`,
  };
}
