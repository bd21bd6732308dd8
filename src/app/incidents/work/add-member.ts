// Adds an account to the incident's team: on a restricted incident, the team is who may see it (need to know).
import { addMember as insertMember } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';
import { activeAccount } from './support.js';

export async function addMember(ctx: Ctx, id: string, input: { account_id: string }): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const account = await activeAccount(u.tx, input.account_id, 'account_id');
    // Already on the team: adding again changes nothing, so nothing is recorded.
    if (await insertMember(u.tx, incident.id, account.id, u.now))
      await u.event(
        'member.added',
        { account_id: account.id, name: account.name },
        { chainId: incident.id, subject: account.id },
      );
    return incident.id;
  });
}
