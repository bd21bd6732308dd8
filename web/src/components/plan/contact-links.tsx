// A phone number and an email address as links that dial or write, large enough to tap on a phone.
import { Anchor, Group } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { telHref } from './plan-index';

interface Props {
  phone?: string | null;
  email?: string | null;
}

export function ContactLinks({ phone, email }: Props) {
  if (!phone && !email) return null;
  return (
    <Group gap="md" style={{ rowGap: 4 }}>
      {phone && (
        <Anchor href={telHref(phone)} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          <IconPhone size={14} aria-hidden style={{ verticalAlign: -2, marginRight: 4 }} />
          {phone}
        </Anchor>
      )}
      {email && (
        <Anchor href={`mailto:${email}`} size="sm" className="break-anywhere">
          <IconMail size={14} aria-hidden style={{ verticalAlign: -2, marginRight: 4 }} />
          {email}
        </Anchor>
      )}
    </Group>
  );
}
