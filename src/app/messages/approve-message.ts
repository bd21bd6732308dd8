// Signs one role of the audience's approval chain; when every role has signed, the message is approved.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ZApproveMessageRequest } from '../../core/api/messages.js';
import { approvalRole, isFullyApproved } from '../../core/message/approvals.js';
import type { MessageStatus } from '../../core/api/messages.js';
import { insertApproval, listApprovals, updateMessage } from '../../store/repos/messages.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { audienceOf, loadMessage, refuse, requireRevision, rolesHeld } from './support.js';

type ApproveInput = z.infer<typeof ZApproveMessageRequest>;

export async function approveMessage(
  ctx: Ctx,
  incidentKey: string,
  messageId: string,
  input: ApproveInput,
): Promise<void> {
  await inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const message = await loadMessage(u.tx, incident, messageId);
    requireRevision(message, input.revision);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const audience = audienceOf(plan, message.audience_id);
    const actor = ctx.actor!;
    const approvals = (await listApprovals(u.tx, [message.id])).filter(
      (a) => Number(a.revision) === Number(message.revision),
    );
    const answer = approvalRole({
      status: message.status as MessageStatus,
      chain: audience.approval_chain,
      approvals,
      authorId: message.author_id,
      actorId: actor.id,
      actorRoles: await rolesHeld(u.tx, plan, incident.id, actor),
      ...(input.role_id !== undefined ? { roleId: input.role_id } : {}),
    });
    if ('refusal' in answer) throw refuse(answer.refusal);
    await insertApproval(u.tx, {
      id: randomUUID(),
      message_id: message.id,
      revision: Number(message.revision),
      role_id: answer.role,
      account_id: actor.id,
      via: 'approval',
      at: u.now,
      voided_at: null,
    });
    const done = isFullyApproved(audience.approval_chain, [
      ...approvals,
      { role_id: answer.role, account_id: actor.id },
    ]);
    if (done) await updateMessage(u.tx, message.id, { status: 'approved', updated_at: u.now });
    await u.event(
      'message.approved',
      {
        message_id: message.id,
        audience_id: audience.id,
        audience_name: audience.name,
        role_id: answer.role,
        role_name: plan.roles.find((r) => r.id === answer.role)?.name ?? answer.role,
        revision: Number(message.revision),
        status: done ? 'approved' : 'in_review',
      },
      { chainId: incident.id, subject: message.id },
    );
  });
}
