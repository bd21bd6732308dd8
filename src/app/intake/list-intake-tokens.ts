// Admins see every intake token (which sender, when last used, whether revoked).
import { listIntakeTokens as listRows } from '../../store/repos/intake-tokens.js';
import { requireActor, type Ctx } from '../context.js';
import { presentIntakeToken } from './present-intake-token.js';

export async function listIntakeTokens(ctx: Ctx) {
  requireActor(ctx, 'admin');
  return { items: (await listRows(ctx.store.db)).map(presentIntakeToken) };
}
