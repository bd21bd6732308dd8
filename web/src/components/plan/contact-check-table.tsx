// The latest contact check's people: who acknowledged, when and how fast, and who has not yet.
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactCheckEntry } from '../../api/plan';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../data-table';
import { secondsText } from './durations';

export function ContactCheckTable({ entries }: { entries: ContactCheckEntry[] }) {
  const { t } = useTranslation();
  // Who has not answered comes first: that is whom to call.
  const rows = [...entries].sort(
    (a, b) =>
      Number(a.acknowledged_at !== null) - Number(b.acknowledged_at !== null) || a.name.localeCompare(b.name),
  );
  const columns: Column<ContactCheckEntry>[] = [
    {
      key: 'name',
      label: t('plan.check.person'),
      primary: true,
      render: (e) => (
        <Text size="sm" fw={600}>
          {e.name}
        </Text>
      ),
    },
    { key: 'email', label: t('plan.check.email'), render: (e) => e.email },
    {
      key: 'state',
      label: t('plan.check.state'),
      render: (e) =>
        e.acknowledged_at ? (
          <Badge color="green" variant="light" tt="none">
            {t('plan.check.acknowledged')}
          </Badge>
        ) : (
          <Badge color="orange" variant="light" tt="none">
            {t('plan.check.not_yet')}
          </Badge>
        ),
    },
    {
      key: 'at',
      label: t('plan.check.acknowledged_at'),
      render: (e) => (e.acknowledged_at ? formatDateTime(e.acknowledged_at) : '—'),
    },
    {
      key: 'speed',
      label: t('plan.check.speed'),
      render: (e) =>
        e.seconds_to_ack !== null ? t('plan.check.after', { time: secondsText(t, e.seconds_to_ack) }) : '—',
    },
  ];
  return (
    <DataTable
      caption={t('plan.check.table')}
      columns={columns}
      rows={rows}
      rowKey={(e) => e.person_id}
      empty={{ title: t('plan.check.nobody') }}
    />
  );
}
