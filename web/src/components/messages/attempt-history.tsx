// A delivery's attempts, each with its time and outcome, behind a small button (a tap works on phones too).
import { Button, Popover, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MessageDelivery } from '../../api/messages';
import { formatDateTime } from '../../lib/format';

export function AttemptHistory({ delivery: d }: { delivery: MessageDelivery }) {
  const { t } = useTranslation();
  // Once delivered (or captured) the limit no longer matters: "1", not "1 of 8".
  const done = d.status === 'sent' || d.status === 'captured';
  const label = done
    ? String(d.attempts)
    : t('messages.deliveries.attempts_value', { attempts: d.attempts, max: d.max_attempts });
  if (d.history.length === 0) return <Text size="sm">{label}</Text>;
  return (
    <Popover width={320} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          px={4}
          leftSection={<IconHistory size={14} aria-hidden />}
          aria-label={t('messages.deliveries.show_attempts', { recipient: d.recipient })}
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {d.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <Text size="xs" fw={600} c={h.ok ? 'green.8' : 'red.8'}>
                {formatDateTime(h.at)}:{' '}
                {h.ok ? t('messages.deliveries.attempt_ok') : t('messages.deliveries.attempt_failed')}
              </Text>
              {h.error && (
                <Text size="xs" className="break-anywhere">
                  {h.error}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
