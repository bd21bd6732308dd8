// The improvement backlog: every action item from every incident one may see, in one list (overdue first), filtered
// by status, owner, overdue and incident, with a search; the filters live in the address so a view can be shared.
import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  EmptyState,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconChartBar, IconListCheck, IconSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useBacklog, type BacklogFilters } from '../../api/evaluation';
import { ActionItemList } from '../../components/evaluation/action-item-list';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useAccount } from '../../lib/session';

const STATUS_CHOICES = ['active', 'done', 'dropped', 'all'] as const;
type StatusChoice = (typeof STATUS_CHOICES)[number];

function readFilters(params: URLSearchParams): BacklogFilters {
  const f: BacklogFilters = {};
  const status = params.get('status');
  if (status && /^(active|open|doing|done|dropped)(,(active|open|doing|done|dropped))*$/.test(status))
    f.status = status;
  else if (status !== 'all') f.status = 'active';
  const owner = params.get('owner');
  if (owner) f.owner = owner;
  if (params.get('overdue') === 'true') f.overdue = 'true';
  const incident = params.get('incident');
  if (incident) f.incident = incident;
  const q = params.get('q');
  if (q) f.q = q;
  return f;
}

export default function BacklogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const backlog = useBacklog(filters);
  const readsPlan = useAccount().access_level !== 'viewer';
  const [q, setQ] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  const set = (patch: Partial<BacklogFilters> & { status?: string }) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    // Open and doing is the default view; "all" is said out loud in the address.
    if (next.status && next.status !== 'active') out.set('status', next.status);
    if (!next.status) out.set('status', 'all');
    for (const k of ['owner', 'overdue', 'incident', 'q'] as const) {
      const v = next[k];
      if (v) out.set(k, v);
    }
    setParams(out, { replace: true });
  };
  useEffect(() => {
    if ((debounced || undefined) !== filters.q) set({ q: debounced || undefined });
    // Only the typed text drives this; the other filters are passed through as they are.
  }, [debounced]);
  const status: StatusChoice =
    filters.status === undefined
      ? 'all'
      : (STATUS_CHOICES as readonly string[]).includes(filters.status)
        ? (filters.status as StatusChoice)
        : 'active';
  const statusChoices = STATUS_CHOICES.map((v) => ({ value: v, label: t(`evaluation.backlog.status_${v}`) }));
  // Four statuses side by side do not fit a phone: there they are a list to choose from.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const narrowed = !!(filters.owner || filters.overdue || filters.incident || filters.q);
  const incidentRef = backlog.data?.items.find((i) => i.incident_id === filters.incident)?.incident_reference;

  return (
    <>
      <PageHeader
        title={t('evaluation.backlog.title')}
        description={t('evaluation.backlog.intro')}
        actions={
          <Button
            component={Link}
            to="/trends"
            variant="default"
            leftSection={<IconChartBar size={16} aria-hidden />}
          >
            {t('evaluation.trends.title')}
          </Button>
        }
      />
      <Stack gap="sm" mb="lg" maw={960}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="search"
            label={t('evaluation.backlog.search')}
            placeholder={t('evaluation.backlog.search_placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
          />
          <Select
            label={t('evaluation.backlog.owner')}
            data={[
              { value: '', label: t('evaluation.backlog.owner_any') },
              { value: 'me', label: t('evaluation.backlog.owner_me') },
              ...(backlog.data?.owners ?? [])
                .filter((o): o is { account_id: string; name: string } => o.account_id !== null)
                .map((o) => ({ value: o.account_id, label: o.name })),
            ]}
            value={filters.owner ?? ''}
            onChange={(v) => set({ owner: v || undefined })}
            allowDeselect={false}
            searchable
            style={{ flex: '1 1 180px' }}
          />
        </Group>
        <Group gap="sm" align="center" wrap="wrap">
          {wide ? (
            <SegmentedControl
              aria-label={t('evaluation.backlog.status')}
              data={statusChoices}
              value={status}
              onChange={(v) => set({ status: v === 'all' ? undefined : v })}
            />
          ) : (
            <Select
              label={t('evaluation.backlog.status')}
              data={statusChoices}
              value={status}
              onChange={(v) => v && set({ status: v === 'all' ? undefined : v })}
              allowDeselect={false}
              style={{ flex: '1 1 100%' }}
            />
          )}
          <Checkbox
            label={t('evaluation.backlog.overdue_only')}
            checked={filters.overdue === 'true'}
            onChange={(e) => set({ overdue: e.currentTarget.checked ? 'true' : undefined })}
          />
          {filters.incident && (
            <Button
              variant="light"
              size="xs"
              rightSection={<IconX size={14} aria-hidden />}
              onClick={() => set({ incident: undefined })}
            >
              {t('evaluation.backlog.incident_only', {
                reference: incidentRef ?? t('evaluation.backlog.one_incident'),
              })}
              <span className="sr-only"> ({t('evaluation.backlog.incident_clear')})</span>
            </Button>
          )}
          {narrowed && (
            <Button
              variant="subtle"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => {
                setQ('');
                setParams(
                  filters.status && filters.status !== 'active'
                    ? new URLSearchParams({ status: filters.status })
                    : !filters.status
                      ? new URLSearchParams({ status: 'all' })
                      : new URLSearchParams(),
                  { replace: true },
                );
              }}
            >
              {t('evaluation.backlog.clear')}
            </Button>
          )}
        </Group>
      </Stack>
      <QueryState query={backlog} rows={4}>
        {(b) => (
          <Stack gap="sm" maw={960}>
            <Group gap="xs" aria-live="polite">
              {b.counts.overdue > 0 && (
                <Badge color="red" variant="filled">
                  {t('evaluation.backlog.overdue', { count: b.counts.overdue })}
                </Badge>
              )}
              <Text size="sm" c="dimmed">
                {t('evaluation.backlog.counts', {
                  count: b.items.length,
                  open: b.counts.open,
                  doing: b.counts.doing,
                  done: b.counts.done,
                  dropped: b.counts.dropped,
                })}
              </Text>
            </Group>
            {b.items.length === 0 ? (
              <Card withBorder padding="xl">
                <EmptyState
                  icon={<IconListCheck size={32} aria-hidden />}
                  title={
                    narrowed || status !== 'active'
                      ? t('evaluation.backlog.none_filtered')
                      : t('evaluation.backlog.none')
                  }
                  description={t('evaluation.backlog.none_hint')}
                />
              </Card>
            ) : (
              <ActionItemList
                items={b.items}
                showIncident
                readsPlan={readsPlan}
                label={t('evaluation.backlog.title')}
              />
            )}
            <Text size="sm" c="dimmed">
              {t('evaluation.backlog.reminders')}
            </Text>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
