// A message's state in a word with a colour cue: draft grey, waiting for approval orange, approved blue, out green.
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageStatus } from '../../api/messages';

export const statusColor: Record<MessageStatus, MantineColor> = {
  draft: 'gray',
  in_review: 'orange',
  approved: 'blue',
  published: 'green',
};

export function MessageStatusBadge({
  status,
  size = 'md',
}: {
  status: MessageStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="light" tt="none" size={size} miw="max-content">
      {t(`messages.status.${status}`)}
    </Badge>
  );
}
