// An admin sends every person in the plan a test email with a link to acknowledge it.
import { randomUUID } from 'node:crypto';
import { renderActionMail } from '../../core/mail/render.js';
import { t } from '../../core/i18n/index.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { insertContactCheck, insertContactCheckEntry } from '../../store/repos/plan.js';
import { emailDelivery } from '../../delivery/email.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { hashSecret, newSecret } from '../security/tokens.js';
import { currentPlan } from '../plan/current-plan.js';
import { getLatestContactCheck } from './get-latest-contact-check.js';

export async function startContactCheck(ctx: Ctx) {
  const admin = requireActor(ctx, 'admin');
  const checkId = randomUUID();
  await inTransaction(ctx, async (u) => {
    const { row, plan } = await currentPlan(ctx.store, u.tx);
    const org = (await getOrganisation(u.tx))?.name ?? plan.organisation.name;
    await insertContactCheck(u.tx, {
      id: checkId,
      plan_version: Number(row.number),
      started_by: admin.id,
      started_at: u.now,
    });
    for (const person of plan.people) {
      const token = newSecret();
      const entryId = randomUUID();
      await insertContactCheckEntry(u.tx, {
        id: entryId,
        check_id: checkId,
        person_id: person.id,
        name: person.name,
        email: person.email,
        token_hash: hashSecret(token),
        acknowledged_at: null,
      });
      const roles = plan.roles
        .filter((r) => r.primary === person.id || r.deputies.includes(person.id))
        .map((r) => r.name);
      const mail = renderActionMail({
        language: person.language,
        organisation: org,
        recipientName: person.name,
        subjectKey: 'mail.contact_check.subject',
        bodyKey: 'mail.contact_check.body',
        actionKey: 'mail.contact_check.action',
        actionUrl: `${ctx.config.publicUrl}/contact-check/${token}`,
        params: {
          roles: roles.length > 0 ? roles.join(', ') : t(person.language, 'mail.contact_check.no_role'),
        },
      });
      await u.deliver(
        emailDelivery({
          key: `contact-check:${entryId}`,
          to: person.email,
          ...mail,
          publicUrl: ctx.config.publicUrl,
          at: u.now,
        }),
      );
    }
    await u.event(
      'contact_check.started',
      { plan_version: Number(row.number), people: plan.people.length },
      { subject: checkId },
    );
  });
  return getLatestContactCheck(ctx);
}
