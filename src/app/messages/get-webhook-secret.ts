// The signing secret webhook receivers need to check Stormbell's signatures; admins only.
import { DomainError } from '../../core/errors.js';
import { webhookSigningSecret } from '../../core/message/webhook-secret.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { requireActor, type Ctx } from '../context.js';

export async function getWebhookSecret(ctx: Ctx): Promise<{ secret: string }> {
  requireActor(ctx, 'admin');
  const organisation = await getOrganisation(ctx.store.db);
  if (!organisation) throw new DomainError('setup_required', 'error.setup_required');
  return { secret: webhookSigningSecret(organisation.secret) };
}
