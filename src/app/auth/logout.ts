// Ends the current session.
import { deleteSession } from '../../store/repos/sessions.js';
import { inTransaction, type Ctx } from '../context.js';
import { hashSecret } from '../security/tokens.js';

export async function logout(ctx: Ctx, sessionToken: string | undefined): Promise<void> {
  if (!sessionToken) return;
  await inTransaction(ctx, async (u) => {
    await deleteSession(u.tx, hashSecret(sessionToken));
    if (ctx.actor) await u.event('auth.logout', {}, { subject: ctx.actor.id });
  });
}
