// The language of a server-rendered page for this caller (?lang=, their account, their browser, the organisation)
// and the organisation's name, for the pages that show no data of their own ("log in first", "not found").
import type { Language } from '../../core/api/common.js';
import { pageLanguage, type AskedLanguage } from '../../core/pages/language.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import type { Ctx } from '../context.js';

export type AskedByBrowser = Omit<AskedLanguage, 'account'>;

export async function pageBasics(
  ctx: Ctx,
  asked: AskedByBrowser,
): Promise<{ language: Language; organisation: string }> {
  const org = await getOrganisation(ctx.store.db);
  return {
    language: pageLanguage({ ...asked, account: ctx.actor?.language }, org?.default_language),
    organisation: org?.name ?? '',
  };
}
