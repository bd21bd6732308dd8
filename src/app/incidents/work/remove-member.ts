// Takes an account off the incident's team; on a restricted incident they no longer see it (unless they hold a role).
import { notFound } from '../../../core/errors.js';
import { getAccount } from '../../../store/repos/accounts.js';
import { removeMember as deleteMember } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';

export async function removeMember(ctx: Ctx, id: string, accountId: string): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    if (!(await deleteMember(u.tx, incident.id, accountId))) throw notFound('member');
    const account = await getAccount(u.tx, accountId);
    await u.event(
      'member.removed',
      { account_id: accountId, name: account?.name ?? null },
      { chainId: incident.id, subject: accountId },
    );
    return incident.id;
  });
}
