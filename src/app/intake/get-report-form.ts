// What the public report form needs to show itself: whose form it is, and in which languages.
import { languages, type Language } from '../../core/api/common.js';
import type { Ctx } from '../context.js';
import { organisationForFormKey } from './report-form-access.js';

export async function getReportForm(ctx: Ctx, key: string) {
  const org = await organisationForFormKey(ctx.store.db, key);
  const own = org.default_language as Language;
  return { organisation: org.name, languages: [own, ...languages.filter((l) => l !== own)] };
}
