// On the dashboard: the breach register entries still to confirm, one short line per incident (they have no
// clock, and a card each would push the running clocks out of sight).
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardItem } from '../../api/legal';

export function RegisterTodo({ items }: { items: DashboardItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="register-todo">
      <Stack gap={6}>
        <Title order={2} fz="md" id="register-todo">
          {t('legal.dashboard.register_title', { count: items.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('legal.dashboard.register_intro')}
        </Text>
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((i) => (
            <li key={i.id}>
              <Anchor
                component={Link}
                to={`/incidents/${encodeURIComponent(i.incident_id)}/obligations/${encodeURIComponent(i.id)}`}
                size="sm"
              >
                {i.reference} · {i.title}
              </Anchor>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
