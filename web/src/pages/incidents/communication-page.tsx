// "Who heard what, when" for one incident: per audience its published messages in order (printable), and every
// message in any state on the second tab.
import { Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useIncident } from '../../api/incidents';
import { useCommunication, useMessages } from '../../api/messages';
import { ExerciseBadge } from '../../components/incidents/incident-flags';
import { CommunicationRecord } from '../../components/messages/communication-record';
import { MessageList } from '../../components/messages/message-list';
import { QueryState } from '../../components/query-state';
import { useIncidentEvents } from '../../lib/use-incident-events';
import { usePageTitle } from '../../lib/use-page-title';
import { formatDateTime } from '../../lib/format';
import { NotFoundPage } from '../not-found-page';

export default function CommunicationPage() {
  const { t } = useTranslation();
  const ikey = useParams().id ?? '';
  const [params, setParams] = useSearchParams();
  const incident = useIncident(ikey);
  const id = incident.data?.id;
  const communication = useCommunication(ikey, id);
  const messages = useMessages(ikey, id);
  const notFound = incident.error instanceof ApiError && incident.error.status === 404;
  useIncidentEvents(ikey, notFound ? undefined : id);
  usePageTitle(t('messages.record.title'));
  if (notFound) return <NotFoundPage />;
  const tab = params.get('tab') === 'all' ? 'all' : 'record';
  return (
    <QueryState query={incident} rows={2}>
      {(detail) => (
        <Stack gap="md">
          <Anchor
            component={Link}
            to={`/incidents/${encodeURIComponent(ikey)}`}
            size="sm"
            className="no-print"
          >
            <Group gap={4} wrap="nowrap" component="span">
              <IconArrowLeft size={16} aria-hidden />
              {detail.reference} · {detail.title}
            </Group>
          </Anchor>
          <Group justify="space-between" align="flex-end" gap="sm">
            <Stack gap={2} style={{ flex: '1 1 420px' }}>
              <Group gap="sm">
                <Title order={1} fz={{ base: 24, sm: 28 }}>
                  {t('messages.record.title')}
                </Title>
                {detail.exercise && <ExerciseBadge />}
              </Group>
              <Text c="dimmed">
                {t('messages.record.intro', { reference: detail.reference, title: detail.title })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('messages.record.as_of', { when: formatDateTime(new Date().toISOString()) })}
              </Text>
            </Stack>
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => {
                if (tab !== 'record') setParams({}, { replace: true });
                setTimeout(() => window.print(), 50);
              }}
              className="no-print"
            >
              {t('messages.record.print')}
            </Button>
          </Group>
          <Tabs
            value={tab}
            onChange={(v) => setParams(v === 'all' ? { tab: 'all' } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List className="no-print" mb="md">
              <Tabs.Tab value="record">{t('messages.record.tab_record')}</Tabs.Tab>
              <Tabs.Tab value="all">
                {t('messages.record.tab_all', { count: messages.data?.length ?? 0 })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="record">
              <QueryState query={communication} rows={4}>
                {(c) => (
                  <QueryState query={messages} rows={4}>
                    {(items) => <CommunicationRecord communication={c} messages={items} ikey={ikey} />}
                  </QueryState>
                )}
              </QueryState>
            </Tabs.Panel>
            <Tabs.Panel value="all">
              <QueryState query={messages} rows={4}>
                {(items) =>
                  items.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('messages.list.none')}
                    </Text>
                  ) : (
                    <MessageList messages={items} ikey={ikey} />
                  )
                }
              </QueryState>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </QueryState>
  );
}
