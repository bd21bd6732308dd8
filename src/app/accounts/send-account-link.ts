// Issues a one-time link (invitation or password reset) and queues its email, inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.js';
import { renderActionMail } from '../../core/mail/render.js';
import type { Language } from '../../core/api/common.js';
import { getOrganisation, type AccountRow } from '../../store/repos/accounts.js';
import { insertAccountToken, voidAccountTokens } from '../../store/repos/sessions.js';
import type { Unit } from '../context.js';
import { emailDelivery } from '../../delivery/email.js';
import { hashSecret, newSecret } from '../security/tokens.js';

export type LinkPurpose = 'invitation' | 'password_reset';

const VALIDITY_HOURS: Record<LinkPurpose, number> = { invitation: 7 * 24, password_reset: 1 };

export async function sendAccountLink(
  u: Unit,
  config: Config,
  account: AccountRow,
  purpose: LinkPurpose,
  inviterName: string,
): Promise<void> {
  const token = newSecret();
  const tokenId = randomUUID();
  await voidAccountTokens(u.tx, account.id, purpose, u.now);
  await insertAccountToken(u.tx, {
    id: tokenId,
    account_id: account.id,
    purpose,
    token_hash: hashSecret(token),
    created_at: u.now,
    expires_at: new Date(Date.parse(u.now) + VALIDITY_HOURS[purpose] * 3600_000).toISOString(),
    used_at: null,
  });
  const org = await getOrganisation(u.tx);
  const language = account.language as Language;
  const mail = renderActionMail({
    language,
    organisation: org?.name ?? 'Stormbell',
    recipientName: account.name,
    subjectKey: purpose === 'invitation' ? 'mail.invitation.subject' : 'mail.reset.subject',
    bodyKey: purpose === 'invitation' ? 'mail.invitation.body' : 'mail.reset.body',
    actionKey: purpose === 'invitation' ? 'mail.invitation.action' : 'mail.reset.action',
    actionUrl: `${config.publicUrl}/account/token/${token}`,
    params: {
      inviter: inviterName,
      days: VALIDITY_HOURS.invitation / 24,
      hours: VALIDITY_HOURS.password_reset,
    },
  });
  await u.deliver(
    emailDelivery({
      key: `account-link:${tokenId}`,
      to: account.email,
      ...mail,
      publicUrl: config.publicUrl,
      at: u.now,
    }),
  );
}
