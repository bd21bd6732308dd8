// Runs with the other reminders: an open action item past its due date reminds its owner by email, once per item
// and due date (a new due date earns a new reminder), and says so on the incident's timeline. An owner given as a
// free name has no address: the incident commander is reminded instead.
import { t } from '../../core/i18n/index.js';
import { renderActionMail } from '../../core/mail/render.js';
import type { Language } from '../../core/api/common.js';
import { localDate } from '../../core/evaluation/review.js';
import type { Plan } from '../../core/plan/index.js';
import { emailDelivery } from '../../delivery/email.js';
import { getAccount } from '../../store/repos/accounts.js';
import { getIncident, listRoles, type IncidentRow } from '../../store/repos/incidents.js';
import {
  claimActionItemReminder,
  listUnremindedOverdue,
  type ActionItemRow,
} from '../../store/repos/evaluation.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { incidentPlan } from '../incidents/work/support.js';

interface Person {
  name: string;
  email: string;
  language: Language;
}

async function remindee(
  tx: Tx,
  plan: Plan,
  incident: IncidentRow,
  item: ActionItemRow,
): Promise<Person | null> {
  if (item.owner_account_id) {
    const account = await getAccount(tx, item.owner_account_id);
    if (account && !account.deactivated_at)
      return { name: account.name, email: account.email, language: account.language as Language };
  }
  const holder = (await listRoles(tx, incident.id)).find((r) => r.role_id === 'incident_commander');
  const planRole = plan.roles.find((r) => r.id === 'incident_commander');
  const planPerson = plan.people.find((p) => p.id === planRole?.primary);
  const email = holder?.email ?? planPerson?.email;
  if (!email) return null;
  const account = holder?.account_id ? await getAccount(tx, holder.account_id) : undefined;
  const person = plan.people.find((p) => p.email.toLowerCase() === email.toLowerCase());
  return {
    name: holder?.name ?? planPerson?.name ?? email,
    email,
    language: (account?.language ?? person?.language ?? plan.organisation.language) as Language,
  };
}

/** Returns how many items were reminded about. */
export async function sendActionItemReminders(ctx: Ctx): Promise<number> {
  const today = localDate(ctx.clock.now());
  const due = await listUnremindedOverdue(ctx.store.db, today);
  let sent = 0;
  for (const candidate of due) {
    sent += await inTransaction(ctx, async (u) => {
      const incident = await getIncident(u.tx, candidate.incident_id);
      if (!incident || !candidate.due_on) return 0;
      // Another process may have sent it meanwhile: the claim decides, inside this transaction.
      if (!(await claimActionItemReminder(u.tx, candidate.id, candidate.due_on, u.now))) return 0;
      const plan = await incidentPlan(ctx, u.tx, incident);
      const person = await remindee(u.tx, plan, incident, candidate);
      await u.event(
        'action_item.reminder',
        {
          action_item_id: candidate.id,
          title: candidate.title,
          due_on: candidate.due_on,
          to: person?.name ?? null,
        },
        { chainId: incident.id, subject: candidate.id },
      );
      if (person) {
        const lang = person.language;
        const owner = candidate.owner_account_id ? person.name : (candidate.owner_name ?? '');
        const mail = renderActionMail({
          language: lang,
          organisation: plan.organisation.name,
          recipientName: person.name,
          subjectKey: 'mail.action_item.overdue_subject',
          bodyKey: 'mail.action_item.overdue_body',
          actionKey: 'mail.action_item.action',
          actionUrl: `${ctx.config.publicUrl}/improvements?incident=${incident.id}&overdue=true`,
          params: {
            mark: incident.exercise ? `[${t(lang, 'incident.exercise_mark')}] ` : '',
            reference: incident.reference,
            title: incident.title,
            item: candidate.title,
            owner,
            due: candidate.due_on,
          },
        });
        await u.deliver(
          emailDelivery({
            key: `action-item-reminder:${candidate.id}:${candidate.due_on}:${person.email.toLowerCase()}`,
            to: person.email,
            ...mail,
            publicUrl: ctx.config.publicUrl,
            at: u.now,
          }),
        );
      }
      return 1;
    });
  }
  return sent;
}
