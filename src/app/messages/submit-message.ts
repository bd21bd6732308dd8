// Sends a draft for approval. The author's submission counts for the first chain role they hold; when that was
// the whole chain (an internal update by the communications lead), the message is approved at once.
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import { isFullyApproved, submissionRole } from '../../core/message/approvals.js';
import { placeholdersIn } from '../../core/message/fill-template.js';
import { insertApproval, listContents, updateMessage } from '../../store/repos/messages.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { requireStatusPart } from '../status-page/message-update.js';
import { audienceOf, channelsOf, loadMessage, requireRevision, requireState, rolesHeld } from './support.js';

export async function submitMessage(
  ctx: Ctx,
  incidentKey: string,
  messageId: string,
  revision: number,
): Promise<void> {
  await inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const message = await loadMessage(u.tx, incident, messageId);
    requireState(message, 'submit');
    requireRevision(message, revision);
    // The author answers for the text: their submission is what may count as an approval below.
    if (message.author_id !== ctx.actor!.id)
      throw new DomainError('forbidden', 'message.only_author_submits');
    // A [[placeholder]] is a fact nobody filled in yet: it must not reach an approver, let alone a reader.
    const contents = await listContents(u.tx, [message.id]);
    const fields = contents.flatMap((c, i) =>
      placeholdersIn(`${c.subject}\n${c.body}`).map((name) => ({
        field: `contents.${i}.body`,
        key: 'message.placeholder_left',
        params: { name, language: c.language },
      })),
    );
    if (fields.length > 0) throw new DomainError('invalid', 'error.invalid', {}, fields);
    // What the public status page should show comes with the text, so the approvers see both.
    await requireStatusPart(u.tx, incident, message.id, channelsOf(message));
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = audienceOf(plan, message.audience_id);
    const author = ctx.actor!;
    const role = submissionRole(audience.approval_chain, await rolesHeld(u.tx, plan, incident.id, author));
    if (role)
      await insertApproval(u.tx, {
        id: randomUUID(),
        message_id: message.id,
        revision: Number(message.revision),
        role_id: role,
        account_id: author.id,
        via: 'submission',
        at: u.now,
        voided_at: null,
      });
    const approved = isFullyApproved(
      audience.approval_chain,
      role ? [{ role_id: role, account_id: author.id }] : [],
    );
    await updateMessage(u.tx, message.id, {
      status: approved ? 'approved' : 'in_review',
      submitted_at: u.now,
      updated_at: u.now,
    });
    await u.event(
      'message.submitted',
      {
        message_id: message.id,
        audience_id: audience.id,
        audience_name: audience.name,
        status: approved ? 'approved' : 'in_review',
        ...(role ? { role_id: role, role_name: plan.roles.find((r) => r.id === role)?.name ?? role } : {}),
      },
      { chainId: incident.id, subject: message.id },
    );
  });
}
