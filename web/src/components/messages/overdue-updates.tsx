// On the home page: updates that are overdue in any open incident, each one tap from writing it.
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlarm, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOverdueUpdates } from '../../api/messages';
import { ExerciseBadge } from '../incidents/incident-flags';
import { DueLabel } from './due-label';

export function OverdueUpdates({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const overdue = useOverdueUpdates();
  const items = overdue.data ?? [];
  // Quiet when nothing is overdue, or when this account may not see it: the incidents below still show.
  if (items.length === 0) return null;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="overdue-updates-heading"
      style={{ borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 }}
      data-testid="overdue-updates"
    >
      <Stack gap="sm">
        <Group gap={8} wrap="nowrap">
          <IconAlarm size={22} aria-hidden color="var(--mantine-color-red-7)" />
          <Title order={2} fz="lg" id="overdue-updates-heading">
            {t('messages.overdue.title', { count: items.length })}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('messages.overdue.intro')}
        </Text>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((x) => {
            const incident = `/incidents/${encodeURIComponent(x.reference)}`;
            return (
              <Group
                key={`${x.incident_id}-${x.audience_id}`}
                component="li"
                justify="space-between"
                gap="xs"
                py={6}
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Stack gap={2} miw={0} style={{ flex: '1 1 220px' }}>
                  <Group gap={6} wrap="wrap">
                    <Text fw={700}>{x.audience_name}</Text>
                    <DueLabel nextDueAt={x.next_due_at} />
                  </Group>
                  <Group gap={6} wrap="wrap">
                    <Anchor component={Link} to={incident} size="sm">
                      <Text span ff="monospace" size="sm">
                        {x.reference}
                      </Text>{' '}
                      {x.title}
                    </Anchor>
                    {x.exercise && <ExerciseBadge size="sm" />}
                  </Group>
                </Stack>
                {canWrite && (
                  <Button
                    component={Link}
                    to={`${incident}/messages/new?audience=${encodeURIComponent(x.audience_id)}`}
                    color="red"
                    size="sm"
                    leftSection={<IconPencilPlus size={16} aria-hidden />}
                    aria-label={t('messages.audience.write_for', { audience: x.audience_name })}
                  >
                    {t('messages.audience.write')}
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
