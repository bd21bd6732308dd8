// The installation's signing secret for outgoing message webhooks: derived from the organisation's secret, so it
// is stable without being stored, and shown to admins to configure receivers.
import { createHmac } from 'node:crypto';

const LABEL = 'stormbell:webhook-signing:v1';

/** "whsec_" and 32 bytes in base64, the form Standard Webhooks libraries read. */
export function webhookSigningSecret(organisationSecret: string): string {
  return `whsec_${createHmac('sha256', organisationSecret).update(LABEL).digest('base64')}`;
}
