// Admin: the organisation's timeline, newest first, one readable sentence per event, details on request.
import { useMemo, useState } from 'react';
import { Button, Card, Code, Collapse, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAccounts, useActivity } from '../api/queries';
import type { Account, TimelineEvent } from '../api/types';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { activitySentence } from '../lib/activity-sentence';
import { formatDateTime } from '../lib/format';

export default function ActivityPage() {
  const { t } = useTranslation();
  const activity = useActivity();
  const accounts = useAccounts();
  const byId = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a])), [accounts.data]);

  return (
    <>
      <PageHeader title={t('activity.title')} description={t('activity.intro')} />
      <QueryState query={activity} rows={6}>
        {(data) => {
          const events = data.pages.flatMap((p) => p.items);
          if (events.length === 0) {
            return (
              <Card withBorder padding="xl">
                <EmptyState icon={<IconHistory size={32} aria-hidden />} title={t('activity.empty')} />
              </Card>
            );
          }
          return (
            <Stack gap="md">
              <Stack
                component="ol"
                gap="xs"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={t('activity.title')}
              >
                {events.map((e) => (
                  <EventItem key={e.id} event={e} accounts={byId} />
                ))}
              </Stack>
              {activity.hasNextPage ? (
                <Group justify="center">
                  <Button
                    variant="default"
                    loading={activity.isFetchingNextPage}
                    onClick={() => void activity.fetchNextPage()}
                  >
                    {t('activity.older')}
                  </Button>
                </Group>
              ) : (
                <Text size="sm" c="dimmed" ta="center">
                  {t('activity.start')}
                </Text>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

function EventItem({ event, accounts }: { event: TimelineEvent; accounts: Map<string, Account> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = `event-${event.id}-details`;
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={500} className="break-anywhere">
            {activitySentence(t, event, accounts)}
          </Text>
          <Text size="xs" c="dimmed">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </Text>
        </Stack>
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          c="var(--mantine-color-text)"
          rightSection={
            open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
          }
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((o) => !o)}
          style={{ flexShrink: 0 }}
        >
          {t('activity.details')}
        </Button>
      </Group>
      <Collapse expanded={open} id={detailsId}>
        <Code block mt="sm" fz="xs" className="pre-wrap">
          {JSON.stringify(
            {
              seq: event.seq,
              type: event.type,
              actor_id: event.actor_id,
              subject: event.subject,
              payload: event.payload,
            },
            null,
            2,
          )}
        </Code>
      </Collapse>
    </Card>
  );
}
