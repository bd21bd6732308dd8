// The incident dashboard: open incidents first, then closed ones, with filters, search and "Declare an incident".
import { Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconMoodCheck, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  PHASES,
  useIncidents,
  usePlanForPickers,
  type Incident,
  type IncidentFilters,
} from '../../api/incidents';
import { IncidentCard } from '../../components/incidents/incident-card';
import { IncidentFilterBar, type Option } from '../../components/incidents/incident-filters';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { DeclareIncidentButton } from '../../components/triage/declare-incident-button';
import { useAccount } from '../../lib/session';

const FILTER_KEYS = ['phase', 'severity', 'scenario', 'exercise', 'open', 'q'] as const;

function readFilters(params: URLSearchParams): IncidentFilters {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  if (f.phase && !(PHASES as readonly string[]).includes(f.phase)) delete f.phase;
  for (const k of ['exercise', 'open'] as const) if (f[k] && f[k] !== 'true' && f[k] !== 'false') delete f[k];
  return f as IncidentFilters;
}

export default function IncidentListPage() {
  const { t } = useTranslation();
  const responder = useAccount().access_level !== 'viewer';
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const incidents = useIncidents(filters);
  // Viewers may not read the plan: their choices come from the incidents they can see.
  const plan = usePlanForPickers(responder);
  const everything = useIncidents({}, !responder);
  const severityOrder = plan.data?.plan.severities.map((s) => s.id);

  const severities: Option[] = plan.data
    ? plan.data.plan.severities.map((s) => ({ value: s.id, label: s.name }))
    : unique(everything.data ?? [], (i) => [i.severity_id, i.severity_name]);
  const scenarios: Option[] = plan.data
    ? plan.data.plan.scenarios.map((s) => ({ value: s.id, label: s.name }))
    : unique(everything.data ?? [], (i) => [i.scenario_id, i.scenario_name]);

  const setFilters = (f: IncidentFilters) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) if (f[k]) next.set(k, f[k]);
    setParams(next, { replace: true });
  };
  const filtered = FILTER_KEYS.some((k) => filters[k]);

  return (
    <>
      <PageHeader
        title={t('incidents.list.title')}
        description={t('incidents.list.intro')}
        actions={responder ? <DeclareIncidentButton /> : undefined}
      />
      <IncidentFilterBar
        filters={filters}
        onChange={setFilters}
        severities={severities}
        scenarios={scenarios}
      />
      <QueryState query={incidents} rows={5}>
        {(items) =>
          items.length === 0 ? (
            <Card withBorder padding="xl">
              {filtered ? (
                <EmptyState
                  icon={<IconSearchOff size={32} aria-hidden />}
                  title={t('incidents.list.none_match')}
                  description={
                    <Button variant="light" mt="sm" onClick={() => setFilters({})}>
                      {t('incidents.filters.clear')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  icon={<IconMoodCheck size={32} aria-hidden />}
                  title={t('incidents.list.none')}
                  description={responder ? t('incidents.list.none_hint') : undefined}
                />
              )}
            </Card>
          ) : (
            <Groups items={items} severityOrder={severityOrder} />
          )
        }
      </QueryState>
    </>
  );
}

function Groups({ items, severityOrder }: { items: Incident[]; severityOrder?: string[] }) {
  const { t } = useTranslation();
  const open = items.filter((i) => i.phase !== 'closed');
  const closed = items.filter((i) => i.phase === 'closed');
  const group = (id: string, title: string, list: Incident[]) =>
    list.length > 0 && (
      <Stack gap="sm" component="section" aria-labelledby={id}>
        <Group gap="xs">
          <Title order={2} fz="lg" id={id}>
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            ({list.length})
          </Text>
        </Group>
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((i) => (
            <IncidentCard key={i.id} incident={i} severityOrder={severityOrder} />
          ))}
        </Stack>
      </Stack>
    );
  return (
    <Stack gap="xl">
      {group('open-incidents', t('incidents.list.open'), open)}
      {group('closed-incidents', t('incidents.list.closed'), closed)}
    </Stack>
  );
}

function unique(items: Incident[], pick: (i: Incident) => [string, string]): Option[] {
  const seen = new Map<string, string>();
  for (const i of items) {
    const [value, label] = pick(i);
    seen.set(value, label);
  }
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}
