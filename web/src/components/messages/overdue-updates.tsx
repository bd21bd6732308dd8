// On the home page: updates that are overdue in any open incident, grouped by incident (real ones before
// exercises), each one tap from writing it.
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlarm, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOverdueUpdates, type OverdueUpdate } from '../../api/messages';
import { ExerciseBadge } from '../incidents/incident-flags';
import { DueLabel } from './due-label';

// A few per incident keep the open incidents below in sight; the incident page lists them all.
const PER_INCIDENT = 3;

export function OverdueUpdates({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const overdue = useOverdueUpdates();
  const items = overdue.data ?? [];
  // Quiet when nothing is overdue, or when this account may not see it: the incidents below still show.
  if (items.length === 0) return null;
  const incidents = groupByIncident(items);
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
          <IconAlarm size={22} aria-hidden color="var(--mantine-color-red-7)" style={{ flexShrink: 0 }} />
          <Title order={2} fz="lg" id="overdue-updates-heading">
            {t('messages.overdue.title', { count: items.length })}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('messages.overdue.intro')}
        </Text>
        {incidents.map((group) => {
          const first = group[0]!;
          const incident = `/incidents/${encodeURIComponent(first.reference)}`;
          return (
            <Stack
              key={first.incident_id}
              gap={4}
              pt={6}
              style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
            >
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={incident} size="sm" fw={600}>
                  <Text span ff="monospace" size="sm" fw={600}>
                    {first.reference}
                  </Text>{' '}
                  {first.title}
                </Anchor>
                {first.exercise && <ExerciseBadge size="sm" />}
              </Group>
              <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {group.slice(0, PER_INCIDENT).map((x) => (
                  <Group key={x.audience_id} component="li" justify="space-between" gap="xs" wrap="nowrap">
                    <Stack gap={0} miw={0}>
                      <Text size="sm" fw={700}>
                        {x.audience_name}
                      </Text>
                      <DueLabel nextDueAt={x.next_due_at} size="xs" short />
                    </Stack>
                    {canWrite && (
                      <Button
                        component={Link}
                        to={`${incident}/messages/new?audience=${encodeURIComponent(x.audience_id)}`}
                        color="red"
                        variant="light"
                        size="compact-sm"
                        leftSection={<IconPencilPlus size={14} aria-hidden />}
                        aria-label={t('messages.audience.write_for', { audience: x.audience_name })}
                        style={{ flexShrink: 0 }}
                      >
                        {t('messages.overdue.write')}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
              {group.length > PER_INCIDENT && (
                <Anchor component={Link} to={`${incident}?tab=communication`} size="sm">
                  {t('messages.overdue.more', { count: group.length - PER_INCIDENT })}
                </Anchor>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** Per incident, most overdue first; real incidents before exercises. */
function groupByIncident(items: OverdueUpdate[]): OverdueUpdate[][] {
  const groups = new Map<string, OverdueUpdate[]>();
  for (const x of [...items].sort((a, b) => Date.parse(a.next_due_at) - Date.parse(b.next_due_at))) {
    groups.set(x.incident_id, [...(groups.get(x.incident_id) ?? []), x]);
  }
  return [...groups.values()].sort((a, b) => Number(a[0]!.exercise) - Number(b[0]!.exercise));
}
