// Adds the people of a CSV file to an incident's audience (or replaces its list), all or nothing: one bad line and
// nothing is added, with every problem named by its line.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { RecipientList, ZUploadRecipientsRequest } from '../../core/api/messages.js';
import { DomainError } from '../../core/errors.js';
import { readRecipientsCsv } from '../../core/message/recipients-csv.js';
import { addRecipients, clearRecipients } from '../../store/repos/recipients.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { emailAudience, presentRecipients } from './recipient-list.js';

export async function uploadRecipients(
  ctx: Ctx,
  incidentKey: string,
  audienceId: string,
  input: z.infer<typeof ZUploadRecipientsRequest>,
): Promise<RecipientList> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = emailAudience(plan, audienceId);
    const read = readRecipientsCsv(input.csv, plan.organisation.language);
    // Nothing half imported: one bad line and the list stays as it was.
    if (read.problems.length > 0) throw new DomainError('invalid', 'error.invalid', {}, read.problems);
    const removed = input.replace ? await clearRecipients(u.tx, incident.id, audienceId) : 0;
    const added = await addRecipients(
      u.tx,
      read.recipients.map((r) => ({
        id: randomUUID(),
        incident_id: incident.id,
        audience_id: audienceId,
        email: r.email,
        name: r.name,
        language: r.language,
        created_at: u.now,
        created_by: ctx.actor!.id,
      })),
    );
    const upload = {
      added,
      already_listed: read.recipients.length - added,
      duplicates_in_file: read.duplicates,
    };
    await u.event(
      'recipients.uploaded',
      {
        audience_id: audienceId,
        audience_name: audience.name,
        ...upload,
        ...(input.replace ? { replaced: removed } : {}),
      },
      { chainId: incident.id, subject: incident.id },
    );
    return presentRecipients(u.tx, incident.id, audienceId, upload);
  });
}
