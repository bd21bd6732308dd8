// Empties the uploaded list of an incident's audience (the plan's own recipients stay).
import type { RecipientList } from '../../core/api/messages.js';
import { clearRecipients } from '../../store/repos/recipients.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { presentRecipients } from './recipient-list.js';
import { audienceOf } from './support.js';

export async function emptyRecipients(
  ctx: Ctx,
  incidentKey: string,
  audienceId: string,
): Promise<RecipientList> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const audience = audienceOf(await incidentPlan(ctx, u.tx, incident), audienceId);
    const removed = await clearRecipients(u.tx, incident.id, audienceId);
    await u.event(
      'recipients.cleared',
      { audience_id: audienceId, audience_name: audience.name, removed },
      { chainId: incident.id, subject: incident.id },
    );
    return presentRecipients(u.tx, incident.id, audienceId);
  });
}
