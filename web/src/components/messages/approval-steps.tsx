// The audience's approval chain as steps: each role, who signed it and when (or "by submission"), or waiting.
import { Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/messages';
import { formatDateTime } from '../../lib/format';

export function ApprovalSteps({ message }: { message: Message }) {
  const { t } = useTranslation();
  const waiting = message.status === 'in_review';
  return (
    <Stack gap="xs" component="section" aria-labelledby="approvals-heading">
      <Title order={2} fz="md" id="approvals-heading">
        {t('messages.approvals.title')}
      </Title>
      <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {message.approvals.map((a, i) => {
          const signed = !!a.at;
          const last = i === message.approvals.length - 1;
          return (
            <Group key={a.role_id} component="li" gap="sm" wrap="nowrap" align="stretch">
              <Stack gap={0} align="center">
                <ThemeIcon
                  size={26}
                  radius="xl"
                  color={signed ? 'green' : waiting ? 'orange' : 'gray'}
                  variant={signed ? 'filled' : 'light'}
                  aria-hidden
                >
                  {signed ? <IconCheck size={16} /> : <IconHourglass size={14} />}
                </ThemeIcon>
                {!last && (
                  <div
                    style={{ width: 2, flex: 1, minHeight: 10, background: 'var(--mantine-color-gray-3)' }}
                  />
                )}
              </Stack>
              <Stack gap={0} pb={last ? 0 : 'sm'} miw={0}>
                <Text size="sm" fw={600}>
                  {a.role_name}
                </Text>
                <Text size="sm" c={signed ? undefined : 'dimmed'}>
                  {signed
                    ? t(
                        a.via === 'submission'
                          ? 'messages.approvals.by_submission'
                          : 'messages.approvals.signed',
                        {
                          name: a.by_name ?? t('messages.approvals.someone'),
                          when: formatDateTime(a.at),
                        },
                      )
                    : waiting
                      ? t('messages.approvals.waiting')
                      : t('messages.approvals.not_yet')}
                </Text>
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
