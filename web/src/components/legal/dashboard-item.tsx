// One running legal clock on the dashboard: the countdown first (what matters at a glance), then which duty of
// which incident, and the way to its draft.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardItem } from '../../api/legal';
import { useNow } from '../messages/use-now';
import { ExerciseBadge } from '../incidents/incident-flags';
import { ClockLabel } from './clock-label';
import { TONE_COLOR, clockState } from './countdown';
import { kindName } from './legal-words';

export function DashboardItemCard({ item }: { item: DashboardItem }) {
  const { t } = useTranslation();
  const now = useNow();
  const tone = clockState(item, now).tone;
  const incident = `/incidents/${encodeURIComponent(item.incident_id)}`;
  const name = kindName(t, item.kind);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      style={
        tone === 'red' || tone === 'amber'
          ? { borderColor: `var(--mantine-color-${TONE_COLOR[tone]}-6)`, borderWidth: 2 }
          : undefined
      }
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} miw={0} style={{ flex: '1 1 280px' }}>
          <ClockLabel obligation={item} />
          <Text fw={700}>{name}</Text>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`${incident}?tab=legal#legal`} size="sm">
              {item.reference} · {item.title}
            </Anchor>
            {item.exercise && <ExerciseBadge size="sm" />}
          </Group>
        </Stack>
        <Button
          component={Link}
          to={`${incident}/obligations/${encodeURIComponent(item.id)}`}
          variant={tone === 'red' ? 'filled' : 'light'}
          color={tone === 'red' ? 'red' : undefined}
          leftSection={<IconFileText size={16} aria-hidden />}
          aria-label={t('legal.obligation.open_draft_for', { name: `${name}, ${item.reference}` })}
        >
          {t('legal.obligation.open_draft')}
        </Button>
      </Group>
    </Paper>
  );
}
