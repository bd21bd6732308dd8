// The internal page's secret address, for admins to share with employees (intranet, mail, posters).
import { notFound } from '../../core/errors.js';
import { internalPageKey } from '../../core/pages/internal-page-key.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { requireActor, type Ctx } from '../context.js';

export async function getInternalPageLink(ctx: Ctx): Promise<{ url: string }> {
  requireActor(ctx, 'admin');
  const org = await getOrganisation(ctx.store.db);
  if (!org) throw notFound('page');
  return { url: `${ctx.config.publicUrl}/internal/${internalPageKey(org.secret)}` };
}
