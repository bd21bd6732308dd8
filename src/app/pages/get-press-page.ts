// The public press page: statements published to the press channel, newest first, corrections linked both ways,
// and whom journalists can contact (the plan's press contact, else the communications lead).
import type { Plan } from '../../core/plan/index.js';
import { DomainError } from '../../core/errors.js';
import { pageLanguage } from '../../core/pages/language.js';
import type { PressPage } from '../../core/pages/page-data.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { listPublishedForChannel } from '../../store/repos/messages.js';
import type { Ctx } from '../context.js';
import { currentPlan } from '../plan/current-plan.js';
import type { AskedByBrowser } from './page-language.js';
import { toPageMessages } from './page-messages.js';

const STATEMENTS_SHOWN = 50;
const SPOKESPERSON_ROLE = 'communications_lead';

/** The plan's press contact; without one, the communications lead's primary person. */
export function pressContact(plan: Plan): PressPage['contact'] {
  if (plan.organisation.press_contact) return plan.organisation.press_contact;
  const role = plan.roles.find((r) => r.id === SPOKESPERSON_ROLE);
  const person = role && plan.people.find((p) => p.id === role.primary);
  return person ? { name: person.name, email: person.email, phone: person.phone } : null;
}

export async function getPressPage(ctx: Ctx, input: { asked: AskedByBrowser }): Promise<PressPage> {
  const db = ctx.store.db;
  const org = await getOrganisation(db);
  const language = pageLanguage({ ...input.asked, account: ctx.actor?.language }, org?.default_language);
  // Exercise and need-to-know incidents never reach this public page (the repository leaves them out).
  const published = await listPublishedForChannel(db, 'press', { limit: STATEMENTS_SHOWN });
  const statements = toPageMessages(published, language).map(({ message, shown }) => ({
    ...shown,
    reference: message.incident_reference,
  }));
  return {
    language,
    organisation: org?.name ?? '',
    now: ctx.clock.now().toISOString(),
    statements,
    contact: await contactFromPlan(ctx),
  };
}

async function contactFromPlan(ctx: Ctx): Promise<PressPage['contact']> {
  try {
    return pressContact((await currentPlan(ctx.store)).plan);
  } catch (error) {
    // Before setup there is no plan yet: the page still answers, without a contact.
    if (error instanceof DomainError && error.code === 'not_found') return null;
    throw error;
  }
}
