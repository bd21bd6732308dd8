// Starts a message to one audience: its own text, or the scenario's template of a kind filled from the fact sheet.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Language } from '../../core/api/common.js';
import type { MessageContent, ZDraftMessageRequest } from '../../core/api/messages.js';
import { invalid } from '../../core/errors.js';
import { fillTemplate } from '../../core/message/fill-template.js';
import type { Plan, PlanAudience } from '../../core/plan/index.js';
import { latestFactSheet, type IncidentRow } from '../../store/repos/incidents.js';
import { insertMessage } from '../../store/repos/messages.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { checkStatusPart, writeStatusPart } from '../status-page/message-update.js';
import { audienceOf, checkChannels, checkContents, contentRows, newDraftRow } from './support.js';
import { templateValues } from './template-values.js';

type DraftInput = z.infer<typeof ZDraftMessageRequest>;

/** The scenario's template of this kind for the audience and language, filled in. */
export async function filledTemplate(
  ctx: Ctx,
  tx: Tx,
  plan: Plan,
  incident: IncidentRow,
  audience: PlanAudience,
  template: { subject: string; body: string },
  language: Language,
) {
  const values = await templateValues(tx, {
    plan,
    incident,
    audience,
    language,
    publicUrl: ctx.config.publicUrl,
    now: ctx.clock.now(),
  });
  const subject = fillTemplate(template.subject, values);
  const body = fillTemplate(template.body, values);
  return {
    subject: subject.text,
    body: body.text,
    missing: [...new Set([...subject.missing, ...body.missing])],
  };
}

export async function draftMessage(ctx: Ctx, incidentKey: string, input: DraftInput): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = audienceOf(plan, input.audience_id);
    // A public status update needs its incident status and impact: without them, not to the status page by default.
    const channels =
      input.channels ??
      audience.channels.filter((c) => c !== 'status_page' || input.status_page !== undefined);
    checkChannels(audience, channels);
    await checkStatusPart(u.tx, incident, channels, input.status_page);
    const kind = input.kind ?? (input.contents ? 'custom' : 'update');
    let contents: MessageContent[];
    let templateId: string | null = null;
    if (input.contents) contents = input.contents;
    else {
      const scenario = plan.scenarios.find((s) => s.id === incident.scenario_id);
      const languages = input.languages ?? audience.languages;
      contents = [];
      for (const language of languages) {
        const template = scenario?.templates.find(
          (t) => t.audience === audience.id && t.language === language && t.kind === kind,
        );
        if (!template) continue;
        templateId ??= template.id;
        const filled = await filledTemplate(ctx, u.tx, plan, incident, audience, template, language);
        contents.push({ language, subject: filled.subject, body: filled.body });
      }
      if (contents.length === 0)
        throw invalid('kind', 'message.no_template', { kind, audience: audience.name });
    }
    checkContents(audience, contents);
    const facts = await latestFactSheet(u.tx, incident.id);
    const id = randomUUID();
    await insertMessage(
      u.tx,
      newDraftRow({
        id,
        incidentId: incident.id,
        audienceId: audience.id,
        kind,
        templateId,
        channels: JSON.stringify(channels),
        factSheetVersion: facts ? Number(facts.version) : null,
        correctsId: null,
        authorId: ctx.actor!.id,
        at: u.now,
      }),
      contentRows(id, contents),
    );
    await writeStatusPart(u.tx, id, input.status_page);
    await u.event(
      'message.drafted',
      {
        message_id: id,
        audience_id: audience.id,
        audience_name: audience.name,
        kind,
        languages: contents.map((c) => c.language),
        channels,
        fact_sheet_version: facts ? Number(facts.version) : null,
        ...(input.status_page ? { status_page: input.status_page } : {}),
      },
      { chainId: incident.id, subject: id },
    );
    return id;
  });
}
