// What the public report form needs to show itself: whose form it is, in which languages, and whom to call when it
// cannot wait (the plan's incident commander; the link is only shared inside the organisation).
import { languages, type Language } from '../../core/api/common.js';
import type { Ctx } from '../context.js';
import { currentPlan } from '../plan/current-plan.js';
import { organisationForFormKey } from './report-form-access.js';

export async function getReportForm(ctx: Ctx, key: string) {
  const org = await organisationForFormKey(ctx.store.db, key);
  const own = org.default_language as Language;
  const { plan } = await currentPlan(ctx.store).catch(() => ({ plan: null }));
  const commander = plan?.roles.find((r) => r.id === 'incident_commander');
  const phone = plan?.people.find((p) => p.id === commander?.primary)?.phone ?? null;
  return {
    organisation: org.name,
    languages: [own, ...languages.filter((l) => l !== own)],
    urgent_phone: phone,
  };
}
