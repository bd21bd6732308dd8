// Every version of the plan: who changed it, when and why; pick two to compare, or restore an older one (admins).
import { useState } from 'react';
import { Anchor, Badge, Button, Card, Checkbox, Group, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlanVersions, type PlanVersionSummary } from '../../api/plan';
import { DataTable, type Column } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { diffLink } from '../../components/plan/plan-index';
import { RestoreVersion } from '../../components/plan/restore-version';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/format';
import { useIsAdmin } from '../../lib/session';

export default function PlanVersionsPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const versions = usePlanVersions();
  // Two versions to compare; ticking a third lets go of the first one ticked.
  const [picked, setPicked] = useState<number[]>([]);
  const toggle = (n: number) =>
    setPicked((p) => (p.includes(n) ? p.filter((x) => x !== n) : [...p, n].slice(-2)));
  const [a, b] = picked;
  const latest = Math.max(0, ...(versions.data ?? []).map((v) => v.number));

  const compareIcon = <IconGitCompare size={18} aria-hidden />;

  const columns: Column<PlanVersionSummary>[] = [
    {
      key: 'number',
      label: t('plan.versions.version'),
      primary: true,
      render: (v) => (
        <Group gap="sm" wrap="nowrap" miw={210}>
          <Checkbox
            checked={picked.includes(v.number)}
            onChange={() => toggle(v.number)}
            aria-label={t('plan.versions.pick', { number: v.number })}
          />
          <Anchor
            component={Link}
            to={`/plan/versions/${v.number}`}
            fw={600}
            style={{ whiteSpace: 'nowrap' }}
          >
            {t('plan.status.version', { number: v.number })}
          </Anchor>
          {v.number === latest && (
            <Badge color="green" variant="light" tt="none" style={{ flexShrink: 0 }}>
              {t('plan.versions.in_force')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'when',
      label: t('plan.versions.when'),
      render: (v) => (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(v.created_at)}
        </Text>
      ),
    },
    { key: 'who', label: t('plan.versions.who'), render: (v) => v.author_name ?? t('plan.status.system') },
    {
      key: 'description',
      label: t('plan.versions.description'),
      render: (v) => (
        <>
          <Text size="sm">{v.description}</Text>
          {v.restored_from !== null && (
            <Text size="xs" c="dimmed">
              {t('plan.versions.restored_from', { number: v.restored_from })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      label: t('common.actions'),
      actions: true,
      render: (v) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {v.number > 1 && (
            <Button component={Link} to={diffLink(v.number - 1, v.number)} size="xs" variant="subtle">
              {t('plan.versions.what_changed')}
            </Button>
          )}
          {isAdmin && v.number !== latest && <RestoreVersion number={v.number} />}
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('plan.versions.title')}
        description={t('plan.versions.intro')}
        actions={
          <Button component={Link} to="/plan" variant="default">
            {t('plan.back')}
          </Button>
        }
      />
      <Card withBorder padding="sm" mb="md" bg="gray.0">
        <Group justify="space-between" gap="sm">
          <Text size="sm">
            {a !== undefined && b !== undefined
              ? t('plan.versions.compare_ready', { a: Math.min(a, b), b: Math.max(a, b) })
              : t('plan.versions.compare_hint')}
          </Text>
          {a !== undefined && b !== undefined ? (
            <Button component={Link} to={diffLink(a, b)} leftSection={compareIcon}>
              {t('plan.versions.compare')}
            </Button>
          ) : (
            <Button disabled leftSection={compareIcon}>
              {t('plan.versions.compare')}
            </Button>
          )}
        </Group>
      </Card>
      <QueryState query={versions}>
        {(items) => (
          <DataTable
            caption={t('plan.versions.title')}
            columns={columns}
            rows={[...items].sort((x, y) => y.number - x.number)}
            rowKey={(v) => String(v.number)}
            empty={{ title: t('plan.versions.empty') }}
          />
        )}
      </QueryState>
    </>
  );
}
