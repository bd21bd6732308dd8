// A new report wakes the incident commander on duty (the plan's role, its primary person) by email, in their language.
import { DomainError } from '../../core/errors.js';
import { t } from '../../core/i18n/index.js';
import { renderActionMail } from '../../core/mail/render.js';
import { emailDelivery } from '../../delivery/email.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import type { ReportRow } from '../../store/repos/reports.js';
import type { Ctx, Unit } from '../context.js';
import { currentPlan } from '../plan/current-plan.js';

export const COMMANDER_ROLE = 'incident_commander';

/**
 * One mail per arrival, however many alerts it brought: Alertmanager groups alerts precisely so that a storm is
 * one notification, and a mail per alert would bury the commander.
 */
export async function notifyCommander(ctx: Ctx, u: Unit, reports: ReportRow[]): Promise<void> {
  const first = reports[0];
  if (!first) return;
  const plan = await planInForce(ctx, u);
  const role = plan?.roles.find((r) => r.id === COMMANDER_ROLE);
  const person = plan?.people.find((p) => p.id === role?.primary);
  // Without a commander in the plan there is nobody to mail; triage still shows the report.
  if (!plan || !person) return;

  const lang = person.language;
  const organisation = (await getOrganisation(u.tx))?.name ?? plan.organisation.name;
  const many = reports.length > 1;
  const mail = renderActionMail({
    language: lang,
    organisation,
    recipientName: person.name,
    subjectKey: many ? 'mail.reports.subject' : 'mail.report.subject',
    bodyKey: many ? 'mail.reports.body' : 'mail.report.body',
    actionKey: 'mail.report.action',
    actionUrl: `${ctx.config.publicUrl}/triage`,
    params: {
      count: reports.length,
      title: first.title,
      // Two forms of the sender's name: one opens a sentence, the other stands in the middle of one.
      source: t(lang, `mail.report.source.${first.source}`),
      sender: t(lang, `mail.report.sender.${first.source}`),
      system: first.system ? t(lang, 'mail.report.system', { system: first.system }) : '',
    },
  });
  await u.deliver(
    emailDelivery({
      key: `report-notice:${first.id}`,
      to: person.email,
      ...mail,
      publicUrl: ctx.config.publicUrl,
      at: u.now,
    }),
  );
}

async function planInForce(ctx: Ctx, u: Unit) {
  try {
    return (await currentPlan(ctx.store, u.tx)).plan;
  } catch (error) {
    // No plan yet (never the case after setup, but a report must not be lost for it).
    if (error instanceof DomainError && error.code === 'not_found') return null;
    throw error;
  }
}
