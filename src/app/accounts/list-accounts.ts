// Admins see every account, active or not.
import { listAccounts as listRows } from '../../store/repos/accounts.js';
import { requireActor, type Ctx } from '../context.js';
import { presentAccount } from './present.js';

export async function listAccounts(ctx: Ctx) {
  requireActor(ctx, 'admin');
  return { items: (await listRows(ctx.store.db)).map(presentAccount) };
}
