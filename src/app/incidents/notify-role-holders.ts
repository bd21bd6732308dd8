// Tells the people who hold a role in an incident, by email in their language, with a link to the incident: every
// primary person when it is declared, and whoever a role is given or handed over to later.
import { t } from '../../core/i18n/index.js';
import { renderActionMail } from '../../core/mail/render.js';
import type { Plan } from '../../core/plan/index.js';
import type { Language } from '../../core/api/common.js';
import { emailDelivery } from '../../delivery/email.js';
import type { Unit } from '../context.js';

interface IncidentInfo {
  id: string;
  reference: string;
  title: string;
  exercise: boolean;
  scenario_id: string;
  severity_id: string;
}

export async function tellRoleHolder(
  u: Unit,
  publicUrl: string,
  incident: IncidentInfo,
  plan: Plan,
  person: { key: string; name: string; email: string; language: Language },
  roles: string[],
  declarer: string,
  options: { captured?: boolean } = {},
): Promise<void> {
  const scenario = plan.scenarios.find((s) => s.id === incident.scenario_id);
  const severity = plan.severities.find((s) => s.id === incident.severity_id);
  const lang = person.language;
  const mail = renderActionMail({
    language: lang,
    organisation: plan.organisation.name,
    recipientName: person.name,
    subjectKey: 'mail.incident.subject',
    bodyKey: 'mail.incident.body',
    actionKey: 'mail.incident.action',
    actionUrl: `${publicUrl}/incidents/${incident.id}`,
    params: {
      mark: incident.exercise ? `[${t(lang, 'incident.exercise_mark')}] ` : '',
      reference: incident.reference,
      title: incident.title,
      roles: roles.join(', '),
      declarer,
      severity: severity?.name ?? incident.severity_id,
      scenario: scenario?.name ?? incident.scenario_id,
    },
  });
  await u.deliver({
    ...emailDelivery({
      key: `incident-role:${incident.id}:${person.key}`,
      to: person.email,
      ...mail,
      publicUrl,
      at: u.now,
    }),
    ...(options.captured ? { captured: true } : {}),
  });
}

export async function notifyRoleHolders(
  u: Unit,
  publicUrl: string,
  incident: IncidentInfo,
  plan: Plan,
  declarer: string,
): Promise<void> {
  for (const person of plan.people) {
    const roles = plan.roles.filter((r) => r.primary === person.id).map((r) => r.name);
    if (roles.length === 0) continue;
    // Declaring an exercise incident tells nobody by mail (kept in its outbox): the exercise's injects do.
    await tellRoleHolder(u, publicUrl, incident, plan, { key: person.id, ...person }, roles, declarer, {
      captured: incident.exercise,
    });
  }
}
