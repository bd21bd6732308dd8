// The people a responder can give a role or task to: active accounts, with name and email only.
import { listAccounts as listRows } from '../../store/repos/accounts.js';
import { requireActor, type Ctx } from '../context.js';

export async function listDirectory(ctx: Ctx) {
  requireActor(ctx, 'responder');
  const rows = await listRows(ctx.store.db);
  return {
    items: rows
      .filter((a) => a.deactivated_at === null)
      .map((a) => ({ id: a.id, name: a.name, email: a.email })),
  };
}
