// Runs every half minute: an audience whose next update is overdue reminds the communications lead by email and
// puts "update overdue" on the incident's timeline, once per due time.
import { t } from '../../core/i18n/index.js';
import { renderActionMail } from '../../core/mail/render.js';
import type { Language } from '../../core/api/common.js';
import { emailDelivery } from '../../delivery/email.js';
import { getAccount } from '../../store/repos/accounts.js';
import { listIncidents, listRoles, type IncidentRow } from '../../store/repos/incidents.js';
import { claimCadenceReminder } from '../../store/repos/messages.js';
import { inTransaction, type Ctx } from '../context.js';
import { incidentPlan } from '../incidents/work/support.js';
import { cadenceStatus } from './cadence-status.js';
import type { Plan } from '../../core/plan/index.js';
import type { Tx } from '../../store/db.js';

interface Lead {
  name: string;
  email: string;
  language: Language;
}

/** The incident's communications lead, else the plan's; their language from their account or the plan. */
async function communicationsLead(tx: Tx, plan: Plan, incident: IncidentRow): Promise<Lead | null> {
  const holder = (await listRoles(tx, incident.id)).find((r) => r.role_id === 'communications_lead');
  const role = plan.roles.find((r) => r.id === 'communications_lead');
  const person =
    plan.people.find((p) => holder?.email && p.email.toLowerCase() === holder.email.toLowerCase()) ??
    (holder ? undefined : plan.people.find((p) => p.id === role?.primary));
  const account = holder?.account_id ? await getAccount(tx, holder.account_id) : undefined;
  const email = holder?.email ?? person?.email;
  if (!email) return null;
  const language = (account?.language ?? person?.language ?? plan.organisation.language) as Language;
  return { name: holder?.name ?? person?.name ?? email, email, language };
}

/** Returns how many reminders it sent. */
export async function sendCadenceReminders(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  const open = await listIncidents(ctx.store.db, { open: true, limit: 500 });
  let sent = 0;
  for (const row of open) {
    sent += await inTransaction(ctx, async (u) => {
      const plan = await incidentPlan(ctx, u.tx, row);
      let count = 0;
      for (const a of await cadenceStatus(u.tx, plan, row, now)) {
        if (!a.overdue || !a.nextDueAt) continue;
        const claimed = await claimCadenceReminder(u.tx, {
          incident_id: row.id,
          audience_id: a.audienceId,
          due_at: a.nextDueAt,
          sent_at: u.now,
        });
        if (!claimed) continue;
        count++;
        await u.event(
          'update.overdue',
          { audience_id: a.audienceId, audience_name: a.name, due_at: a.nextDueAt },
          { chainId: row.id, subject: row.id },
        );
        const lead = await communicationsLead(u.tx, plan, row);
        if (!lead) continue;
        const mail = renderActionMail({
          language: lead.language,
          organisation: plan.organisation.name,
          recipientName: lead.name,
          subjectKey: 'mail.overdue.subject',
          bodyKey: 'mail.overdue.body',
          actionKey: 'mail.overdue.action',
          actionUrl: `${ctx.config.publicUrl}/incidents/${row.id}?tab=communication`,
          params: {
            mark: row.exercise ? `[${t(lead.language, 'incident.exercise_mark')}] ` : '',
            reference: row.reference,
            title: row.title,
            audience: a.name,
            minutes: Math.round((now.getTime() - Date.parse(a.nextDueAt)) / 60_000),
          },
        });
        await u.deliver({
          ...emailDelivery({
            key: `update-overdue:${row.id}:${a.audienceId}:${a.nextDueAt}`,
            to: lead.email,
            ...mail,
            publicUrl: ctx.config.publicUrl,
            at: u.now,
          }),
          // An exercise's mail is kept in its outbox, never sent: only its injects reach people.
          ...(row.exercise ? { captured: true } : {}),
        });
      }
      return count;
    });
  }
  return sent;
}
