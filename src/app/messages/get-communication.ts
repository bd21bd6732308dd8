// The incident's communication at a glance: per audience the last update, the next one due, what waits for
// approval and which templates are ready; and the plan's own jargon for the editor's plain-language check.
import type { Communication, MessageStatus } from '../../core/api/messages.js';
import { latestFactSheet } from '../../store/repos/incidents.js';
import { listMessages } from '../../store/repos/messages.js';
import { countRecipients } from '../../store/repos/recipients.js';
import { requireActor, type Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { cadenceStatus } from './cadence-status.js';
import { emailRecipients } from './fan-out.js';

export async function getCommunication(ctx: Ctx, incidentKey: string): Promise<Communication> {
  requireActor(ctx, 'viewer');
  const tx = ctx.store.db;
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const plan = await incidentPlan(ctx, tx, incident);
  const [cadence, messages, facts, uploaded] = await Promise.all([
    cadenceStatus(tx, plan, incident, ctx.clock.now()),
    listMessages(tx, incident.id),
    latestFactSheet(tx, incident.id),
    countRecipients(tx, incident.id),
  ]);
  const scenario = plan.scenarios.find((s) => s.id === incident.scenario_id);
  return {
    audiences: cadence.flatMap((c) => {
      const audience = plan.audiences.find((a) => a.id === c.audienceId);
      if (!audience) return [];
      return [
        {
          audience_id: audience.id,
          name: audience.name,
          internal: audience.internal,
          channels: audience.channels,
          languages: audience.languages,
          approval_chain: audience.approval_chain.map((id) => ({
            role_id: id,
            role_name: plan.roles.find((r) => r.id === id)?.name ?? id,
          })),
          cadence_minutes: c.cadenceMinutes,
          last_published_at: c.lastPublishedAt,
          last_message_id: c.lastMessageId,
          next_due_at: c.nextDueAt,
          overdue: c.overdue,
          waiting: messages
            .filter((m) => m.audience_id === audience.id && m.status !== 'published')
            .map((m) => ({ message_id: m.id, status: m.status as MessageStatus, updated_at: m.updated_at })),
          recipients: emailRecipients(plan, audience).length,
          uploaded_recipients: uploaded
            .filter((r) => r.audience_id === audience.id)
            .reduce((n, r) => n + r.count, 0),
          templates: (scenario?.templates ?? [])
            .filter((t) => t.audience === audience.id)
            .map((t) => ({ id: t.id, language: t.language, kind: t.kind, subject: t.subject })),
        },
      ];
    }),
    fact_sheet_version: facts ? Number(facts.version) : null,
    jargon: { nl: plan.jargon?.nl ?? [], en: plan.jargon?.en ?? [] },
  };
}
