// Where an audience's messages go, per channel: email recipients, chat webhooks and webhook receivers. A list shows
// when its channel is chosen, and also when it has items without the channel, so its "not used" problem is seen.
import { Stack } from '@mantine/core';
import type { PlanAudience } from '@core/plan/schema';
import { withList } from './delivery-ops';
import { ChatField, WebhooksField } from './hook-fields';
import { RecipientsField } from './recipients-field';

interface Props {
  path: string;
  audience: PlanAudience;
  onChange: (audience: PlanAudience) => void;
}

export function AudienceDelivery({ path, audience, onChange }: Props) {
  const has = (channel: PlanAudience['channels'][number], list: readonly unknown[] | undefined) =>
    audience.channels.includes(channel) || (list?.length ?? 0) > 0;
  const showRecipients = has('email', audience.recipients);
  const showChat = has('chat', audience.chat);
  const showWebhooks = has('webhook', audience.webhooks);
  if (!showRecipients && !showChat && !showWebhooks) return null;
  return (
    <Stack gap="md">
      {showRecipients && (
        <RecipientsField
          path={`${path}.recipients`}
          audience={audience}
          onChange={(list) => onChange(withList(audience, 'recipients', list))}
        />
      )}
      {showChat && (
        <ChatField
          path={`${path}.chat`}
          items={audience.chat ?? []}
          onChange={(list) => onChange(withList(audience, 'chat', list))}
        />
      )}
      {showWebhooks && (
        <WebhooksField
          path={`${path}.webhooks`}
          items={audience.webhooks ?? []}
          onChange={(list) => onChange(withList(audience, 'webhooks', list))}
        />
      )}
    </Stack>
  );
}
