// The report form's address, for admins to share inside the organisation (intranet, posters, onboarding).
import { notFound } from '../../core/errors.js';
import { reportFormKey } from '../../core/intake/report-form-key.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { requireActor, type Ctx } from '../context.js';

export async function getReportLink(ctx: Ctx) {
  requireActor(ctx, 'admin');
  const org = await getOrganisation(ctx.store.db);
  if (!org) throw notFound('report_form');
  return { url: `${ctx.config.publicUrl}/report/${reportFormKey(org.secret)}` };
}
