// What the recipient-list use cases share: the people an incident's audience is emailed besides the plan's
// recipients (uploaded as CSV: the people affected by a breach, GDPR Art. 34). Addresses are personal data:
// responders only, and the timeline records counts, never addresses.
import type { RecipientList } from '../../core/api/messages.js';
import { DomainError } from '../../core/errors.js';
import type { Plan, PlanAudience } from '../../core/plan/index.js';
import { countRecipients, listRecipients } from '../../store/repos/recipients.js';
import type { Tx } from '../../store/db.js';
import { audienceOf } from './support.js';

const SHOWN = 200;

export function emailAudience(plan: Plan, audienceId: string): PlanAudience {
  const audience = audienceOf(plan, audienceId);
  if (!audience.channels.includes('email'))
    throw new DomainError('invalid', 'error.invalid', {}, [
      { field: 'audience_id', key: 'message.recipients.no_email_channel' },
    ]);
  return audience;
}

export async function presentRecipients(
  tx: Tx,
  incidentId: string,
  audienceId: string,
  upload?: RecipientList['upload'],
): Promise<RecipientList> {
  const [counts, items] = await Promise.all([
    countRecipients(tx, incidentId),
    listRecipients(tx, incidentId, audienceId, SHOWN),
  ]);
  const mine = counts.filter((c) => c.audience_id === audienceId);
  const of = (language: string) => mine.find((c) => c.language === language)?.count ?? 0;
  return {
    audience_id: audienceId,
    total: mine.reduce((n, c) => n + c.count, 0),
    by_language: { nl: of('nl'), en: of('en') },
    items: items.map((r) => ({ email: r.email, name: r.name, language: r.language as 'nl' | 'en' })),
    ...(upload ? { upload } : {}),
  };
}
