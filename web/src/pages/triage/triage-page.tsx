// Triage: the queue of reports from employees and monitoring; declare an incident from them, merge, or dismiss.
import { useState } from 'react';
import { Anchor, Card, Chip, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REPORT_STATUSES, useReports, type Report, type ReportStatus } from '../../api/triage';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { DeclareIncidentButton } from '../../components/triage/declare-incident-button';
import { DismissModal } from '../../components/triage/dismiss-modal';
import { MergeModal } from '../../components/triage/merge-modal';
import { ReportCard } from '../../components/triage/report-card';
import { SelectionBar } from '../../components/triage/selection-bar';
import { useIsAdmin } from '../../lib/session';

type Filter = ReportStatus | 'all';
const FILTERS: Filter[] = [...REPORT_STATUSES, 'all'];
type Action = { kind: 'merge' | 'dismiss'; ids: string[] } | null;

// New reports first, then the most recently received.
const byUrgency = (a: Report, b: Report) =>
  Number(b.status === 'new') - Number(a.status === 'new') ||
  b.last_received_at.localeCompare(a.last_received_at);

export default function TriagePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const filter: Filter = FILTERS.includes(raw as Filter) ? (raw as Filter) : 'new';
  const reports = useReports(filter);
  const [selected, setSelected] = useState<string[]>([]);
  const [action, setAction] = useState<Action>(null);

  // Only reports still waiting can be acted on: a report someone else just handled drops out of the selection.
  const waiting = new Set((reports.data ?? []).filter((r) => r.status === 'new').map((r) => r.id));
  const ids = selected.filter((id) => waiting.has(id));
  const select = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)));
  const done = () => {
    setAction(null);
    setSelected([]);
  };

  return (
    <>
      <PageHeader
        title={t('triage.title')}
        description={t('triage.intro')}
        actions={<DeclareIncidentButton variant="default" label={t('triage.declare.without_report')} />}
      />
      <Chip.Group
        multiple={false}
        value={filter}
        onChange={(v) => {
          setParams(v === 'new' ? {} : { status: v }, { replace: true });
          setSelected([]);
        }}
      >
        <Group gap={6} mb="md" role="radiogroup" aria-label={t('triage.filter')}>
          {FILTERS.map((f) => (
            <Chip key={f} value={f} size="sm">
              {t(`triage.filter_option.${f}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <QueryState query={reports} rows={4}>
        {(items) =>
          items.length === 0 ? (
            <Empty filter={filter} />
          ) : (
            <Stack gap="sm">
              {[...items].sort(byUrgency).map((report) => (
                <ReportCard
                  key={report.id}
                  report={report}
                  showStatus={filter !== 'new'}
                  selected={ids.includes(report.id)}
                  onSelect={(on) => select(report.id, on)}
                  onMerge={() => setAction({ kind: 'merge', ids: [report.id] })}
                  onDismiss={() => setAction({ kind: 'dismiss', ids: [report.id] })}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      <SelectionBar
        ids={ids}
        onMerge={() => setAction({ kind: 'merge', ids })}
        onDismiss={() => setAction({ kind: 'dismiss', ids })}
        onClear={() => setSelected([])}
      />
      <MergeModal
        reportIds={action?.kind === 'merge' ? action.ids : []}
        opened={action?.kind === 'merge'}
        onClose={() => setAction(null)}
        onDone={done}
      />
      <DismissModal
        reportIds={action?.kind === 'dismiss' ? action.ids : []}
        opened={action?.kind === 'dismiss'}
        onClose={() => setAction(null)}
        onDone={done}
      />
    </>
  );
}

function Empty({ filter }: { filter: Filter }) {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  return (
    <Card withBorder padding="xl">
      <EmptyState
        icon={<IconInbox size={32} aria-hidden />}
        title={t(`triage.empty.${filter}`)}
        description={
          filter === 'new' ? (
            <Text size="sm" c="dimmed" component="span">
              {t('triage.empty.new_hint')}{' '}
              {isAdmin && (
                <Trans
                  i18nKey="triage.empty.connect"
                  components={{ intake: <Anchor component={Link} to="/admin/intake" /> }}
                />
              )}
            </Text>
          ) : undefined
        }
      />
    </Card>
  );
}
