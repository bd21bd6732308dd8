// A person sees their own API tokens; an admin may see everyone's.
import { DomainError } from '../../core/errors.js';
import { hasAccess } from '../../core/access.js';
import { listApiTokens as listRows } from '../../store/repos/sessions.js';
import { requireActor, type Ctx } from '../context.js';
import { presentToken } from './present.js';

export async function listApiTokens(ctx: Ctx, options: { all: boolean }) {
  const me = requireActor(ctx);
  if (options.all && !hasAccess(me.level, 'admin')) throw new DomainError('forbidden', 'error.forbidden');
  const rows = await listRows(ctx.store.db, options.all ? undefined : me.id);
  return { items: rows.map(presentToken) };
}
