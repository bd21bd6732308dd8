// Runs every half minute: an open legal duty whose clock passed 50 %, 75 % or 90 % of its time, or its deadline,
// reminds the privacy officer and the incident commander by email, once per step and deadline, and says so on the
// incident's timeline.
import { t } from '../../core/i18n/index.js';
import { formatDateTime } from '../../core/format-time.js';
import { renderActionMail } from '../../core/mail/render.js';
import type { Language } from '../../core/api/common.js';
import { deadline, reminderStep, type ObligationKind } from '../../core/legal/obligations.js';
import type { Plan } from '../../core/plan/index.js';
import { emailDelivery } from '../../delivery/email.js';
import { getAccount } from '../../store/repos/accounts.js';
import { getIncident, listRoles, type IncidentRow } from '../../store/repos/incidents.js';
import {
  claimObligationReminder,
  getAssessment,
  listObligations,
  listOpenObligations,
} from '../../store/repos/legal.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { exerciseDeadlines } from '../exercises/legal-time.js';
import { incidentPlan } from '../incidents/work/support.js';
import { momentsOf, parseAssessment } from './support.js';

const REMINDED_ROLES = ['privacy_officer', 'incident_commander'];

interface Person {
  name: string;
  email: string;
  language: Language;
}

/** The privacy officer and the incident commander of the incident (else the plan's primaries), each once. */
async function remindees(tx: Tx, plan: Plan, incident: IncidentRow): Promise<Person[]> {
  const roles = await listRoles(tx, incident.id);
  const people = new Map<string, Person>();
  for (const roleId of REMINDED_ROLES) {
    const holder = roles.find((r) => r.role_id === roleId);
    const planRole = plan.roles.find((r) => r.id === roleId);
    const planPerson = plan.people.find((p) => p.id === planRole?.primary);
    const email = holder ? holder.email : planPerson?.email;
    if (!email || people.has(email.toLowerCase())) continue;
    const account = holder?.account_id ? await getAccount(tx, holder.account_id) : undefined;
    const person = plan.people.find((p) => p.email.toLowerCase() === email.toLowerCase());
    people.set(email.toLowerCase(), {
      name: holder?.name ?? planPerson?.name ?? email,
      email,
      language: (account?.language ?? person?.language ?? plan.organisation.language) as Language,
    });
  }
  return [...people.values()];
}

/** Returns how many reminders went out (one per obligation and step, however many people it reached). */
export async function sendObligationReminders(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  const open = await listOpenObligations(ctx.store.db);
  let sent = 0;
  for (const incidentId of new Set(open.map((o) => o.incident_id))) {
    sent += await inTransaction(ctx, async (u) => {
      const incident = await getIncident(u.tx, incidentId);
      if (!incident) return 0;
      const all = await listObligations(u.tx, incident.id);
      const moments = momentsOf(
        incident,
        parseAssessment((await getAssessment(u.tx, incident.id))?.answers),
        all,
      );
      let count = 0;
      let plan: Plan | null = null;
      // An exercise incident's clocks run on exercise time.
      const shift = await exerciseDeadlines(u.tx, incident, now);
      for (const o of all.filter((x) => x.status === 'open')) {
        const kind = o.kind as ObligationKind;
        const real = deadline(kind, moments);
        const clock = real && shift ? shift(real) : real;
        const step = clock ? reminderStep(clock, now) : null;
        if (!clock || !step) continue;
        if (
          !(await claimObligationReminder(u.tx, {
            obligation_id: o.id,
            step,
            due_at: clock.dueAt,
            sent_at: u.now,
          }))
        )
          continue;
        count++;
        await u.event(
          'obligation.reminder',
          { obligation_id: o.id, kind, step, due_at: clock.dueAt },
          { chainId: incident.id, subject: o.id },
        );
        plan ??= await incidentPlan(ctx, u.tx, incident);
        for (const person of await remindees(u.tx, plan, incident)) {
          const lang = person.language;
          const mail = renderActionMail({
            language: lang,
            organisation: plan.organisation.name,
            recipientName: person.name,
            subjectKey: step === 'overdue' ? 'mail.obligation.overdue_subject' : 'mail.obligation.subject',
            bodyKey: step === 'overdue' ? 'mail.obligation.overdue_body' : 'mail.obligation.body',
            actionKey: 'mail.obligation.action',
            actionUrl: `${ctx.config.publicUrl}/incidents/${incident.id}?tab=legal`,
            params: {
              mark: incident.exercise ? `[${t(lang, 'incident.exercise_mark')}] ` : '',
              reference: incident.reference,
              title: incident.title,
              duty: t(lang, `legal.kind.${kind}`),
              due: formatDateTime(clock.dueAt, lang),
              share: step === 'overdue' ? 100 : Number(step),
            },
          });
          await u.deliver({
            ...emailDelivery({
              key: `obligation-reminder:${o.id}:${step}:${clock.dueAt}:${person.email.toLowerCase()}`,
              to: person.email,
              ...mail,
              publicUrl: ctx.config.publicUrl,
              at: u.now,
            }),
            // An exercise's mail is kept in its outbox, never sent: only its injects reach people.
            ...(incident.exercise ? { captured: true } : {}),
          });
        }
      }
      return count;
    });
  }
  return sent;
}
