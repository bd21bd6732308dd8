// A person confirms, from the link in the test email, that they received it. No account needed: the link is the key.
import { DomainError } from '../../core/errors.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { acknowledgeEntry, findContactCheckEntry, getContactCheck } from '../../store/repos/plan.js';
import { inTransaction, type Ctx } from '../context.js';
import { hashSecret } from '../security/tokens.js';
import { LINK_GUESSES, withinPublicLimit } from '../security/public-throttle.js';

const invalid = () => new DomainError('not_found', 'error.contact_check_invalid');

/** What the acknowledgement page shows before the person clicks (opening the link changes nothing). */
export async function getContactAck(ctx: Ctx, token: string) {
  return withinPublicLimit(ctx, LINK_GUESSES, async () => {
    const entry = await findContactCheckEntry(ctx.store.db, hashSecret(token));
    if (!entry) throw invalid();
    const check = await getContactCheck(ctx.store.db, entry.check_id);
    const org = await getOrganisation(ctx.store.db);
    return {
      name: entry.name,
      organisation: org?.name ?? '',
      started_at: check?.started_at ?? '',
      acknowledged_at: entry.acknowledged_at,
    };
  });
}

export async function acknowledgeContact(ctx: Ctx, token: string) {
  return withinPublicLimit(ctx, LINK_GUESSES, async () => {
    const entry = await findContactCheckEntry(ctx.store.db, hashSecret(token));
    if (!entry) throw invalid();
    if (entry.acknowledged_at) return { acknowledged_at: entry.acknowledged_at };
    return inTransaction({ ...ctx, actor: null }, async (u) => {
      if (await acknowledgeEntry(u.tx, entry.id, u.now)) {
        await u.event(
          'contact_check.acknowledged',
          { person_id: entry.person_id, name: entry.name },
          { subject: entry.check_id },
        );
        return { acknowledged_at: u.now };
      }
      const again = await findContactCheckEntry(u.tx, entry.token_hash);
      return { acknowledged_at: again?.acknowledged_at ?? u.now };
    });
  });
}
