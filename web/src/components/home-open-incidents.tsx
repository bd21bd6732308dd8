// The open incidents at the top of the home page, with any overdue update first: in a crisis, the way in is one
// tap from where people land.
import { Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIncidents } from '../api/incidents';
import { useAccount } from '../lib/session';
import { IncidentCard } from './incidents/incident-card';
import { OverdueUpdates } from './messages/overdue-updates';

export function HomeOpenIncidents() {
  const { t } = useTranslation();
  const open = useIncidents({ open: 'true' });
  const responder = useAccount().access_level !== 'viewer';
  const items = open.data ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" mb="xl">
      <OverdueUpdates canWrite={responder} />
      <Group justify="space-between" wrap="wrap">
        <Title order={2} fz="lg">
          {t('home.open_incidents', { count: items.length })}
        </Title>
        <Button component={Link} to="/incidents" variant="subtle" size="compact-sm">
          {t('home.all_incidents')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {items.slice(0, 4).map((incident) => (
          <IncidentCard key={incident.id} incident={incident} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
