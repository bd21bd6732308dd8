// Tells each person who holds a role in a new incident, by email in their language, with a link to the incident.
import { t } from '../../core/i18n/index.js';
import { renderActionMail } from '../../core/mail/render.js';
import type { Plan } from '../../core/plan/index.js';
import { emailDelivery } from '../../delivery/email.js';
import type { Unit } from '../context.js';

export async function notifyRoleHolders(
  u: Unit,
  publicUrl: string,
  incident: { id: string; reference: string; title: string; exercise: boolean },
  plan: Plan,
  scenarioId: string,
  severityId: string,
  declarer: string,
): Promise<void> {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId)!;
  const severity = plan.severities.find((s) => s.id === severityId)!;
  for (const person of plan.people) {
    const roles = plan.roles.filter((r) => r.primary === person.id).map((r) => r.name);
    if (roles.length === 0) continue;
    const lang = person.language;
    const mark = incident.exercise ? `[${t(lang, 'incident.exercise_mark')}] ` : '';
    const mail = renderActionMail({
      language: lang,
      organisation: plan.organisation.name,
      recipientName: person.name,
      subjectKey: 'mail.incident.subject',
      bodyKey: 'mail.incident.body',
      actionKey: 'mail.incident.action',
      actionUrl: `${publicUrl}/incidents/${incident.id}`,
      params: {
        mark,
        reference: incident.reference,
        title: incident.title,
        roles: roles.join(', '),
        declarer,
        severity: severity.name,
        scenario: scenario.name,
      },
    });
    await u.deliver(
      emailDelivery({
        key: `incident-role:${incident.id}:${person.id}`,
        to: person.email,
        ...mail,
        publicUrl,
        at: u.now,
      }),
    );
  }
}
