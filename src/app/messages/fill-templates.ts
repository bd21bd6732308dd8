// Every template (for one audience of the incident, or all), filled from the incident and its fact sheet: what the editor
// offers to start from. What is not known yet stays visible as [[name]].
import type { z } from 'zod';
import type { ZTemplateFill } from '../../core/api/messages.js';
import type { Ctx } from '../context.js';
import { loadIncidentForRead } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { filledTemplate } from './draft-message.js';
import { audienceOf } from './support.js';

export async function fillTemplates(
  ctx: Ctx,
  incidentKey: string,
  audienceId: string | undefined,
): Promise<z.infer<typeof ZTemplateFill>> {
  const tx = ctx.store.db;
  const incident = await loadIncidentForRead(ctx, incidentKey);
  const plan = await incidentPlan(ctx, tx, incident);
  if (audienceId !== undefined) audienceOf(plan, audienceId);
  const scenario = plan.scenarios.find((s) => s.id === incident.scenario_id);
  const items = [];
  for (const template of scenario?.templates ?? []) {
    if (audienceId !== undefined && template.audience !== audienceId) continue;
    const audience = plan.audiences.find((a) => a.id === template.audience);
    if (!audience) continue;
    const filled = await filledTemplate(ctx, tx, plan, incident, audience, template, template.language);
    items.push({
      template_id: template.id,
      audience_id: audience.id,
      language: template.language,
      kind: template.kind,
      ...filled,
    });
  }
  return { items };
}
