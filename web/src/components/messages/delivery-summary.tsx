// A message's deliveries in one line: "12 sent · 1 failed · 2 on their way", or "3 captured (exercise)".
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/messages';

const ORDER: Array<{ key: keyof Message['deliveries']; color?: string }> = [
  { key: 'sent' },
  { key: 'captured' },
  { key: 'pending' },
  { key: 'failed', color: 'red.8' },
];

export function DeliverySummary({
  counts,
  size = 'sm',
}: {
  counts: Message['deliveries'];
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  const shown = ORDER.filter((p) => counts[p.key] > 0);
  if (shown.length === 0)
    return (
      <Text size={size} c="dimmed" span>
        {t('messages.deliveries.none_yet')}
      </Text>
    );
  return (
    <Group gap={4} wrap="wrap" component="span">
      {shown.map((p, i) => (
        <Text key={p.key} size={size} span c={p.color ?? 'dimmed'} fw={p.color ? 600 : undefined}>
          {i > 0 && '· '}
          {t(`messages.deliveries.count.${p.key}`, { count: counts[p.key] })}
        </Text>
      ))}
    </Group>
  );
}
