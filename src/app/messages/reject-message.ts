// Sends a message under review back to its author with a comment; its approvals lapse.
import type { z } from 'zod';
import type { MessageStatus, ZRejectMessageRequest } from '../../core/api/messages.js';
import { DomainError } from '../../core/errors.js';
import { mayReject } from '../../core/message/approvals.js';
import { updateMessage, voidApprovals } from '../../store/repos/messages.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { audienceOf, loadMessage, requireRevision, requireState, rolesHeld } from './support.js';

type RejectInput = z.infer<typeof ZRejectMessageRequest>;

export async function rejectMessage(
  ctx: Ctx,
  incidentKey: string,
  messageId: string,
  input: RejectInput,
): Promise<void> {
  await inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const message = await loadMessage(u.tx, incident, messageId);
    requireState(message, 'reject');
    requireRevision(message, input.revision);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = audienceOf(plan, message.audience_id);
    const actor = ctx.actor!;
    const allowed = mayReject({
      status: message.status as MessageStatus,
      chain: audience.approval_chain,
      approvals: [],
      authorId: message.author_id,
      actorId: actor.id,
      actorRoles: await rolesHeld(u.tx, plan, incident.id, actor),
    });
    if (!allowed)
      throw new DomainError(
        'forbidden',
        actor.id === message.author_id ? 'message.self_reject' : 'message.not_approver',
      );
    await voidApprovals(u.tx, message.id, u.now);
    await updateMessage(u.tx, message.id, {
      status: 'draft',
      revision: Number(message.revision) + 1,
      rejected_at: u.now,
      rejected_by: actor.id,
      rejection_comment: input.comment,
      updated_at: u.now,
    });
    await u.event(
      'message.rejected',
      {
        message_id: message.id,
        audience_id: audience.id,
        audience_name: audience.name,
        comment: input.comment,
      },
      { chainId: incident.id, subject: message.id },
    );
  });
}
