// Admin: the mail viewer, every message Stormbell kept (all of them when no SMTP server is configured).
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMailList } from '../api/queries';
import type { MailSummary } from '../api/types';
import { DataTable, type Column } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { formatDateTime } from '../lib/format';

export default function MailPage() {
  const { t } = useTranslation();
  const mail = useMailList();

  const columns: Column<MailSummary>[] = [
    {
      key: 'subject',
      label: t('mail.subject'),
      primary: true,
      render: (m) => (
        <Anchor component={Link} to={`/admin/mail/${encodeURIComponent(m.id)}`} fw={600} size="sm">
          {m.subject || t('mail.no_subject')}
        </Anchor>
      ),
    },
    { key: 'recipient', label: t('mail.recipient'), render: (m) => m.recipient },
    { key: 'time', label: t('mail.time'), render: (m) => formatDateTime(m.created_at) },
  ];

  return (
    <>
      <PageHeader title={t('mail.title')} description={t('mail.intro')} />
      <QueryState query={mail}>
        {(data) => (
          <>
            <Text size="sm" mb="md">
              {data.mail_mode === 'viewer' ? t('mail.mode_viewer') : t('mail.mode_smtp')}
            </Text>
            <DataTable
              caption={t('mail.title')}
              columns={columns}
              rows={data.items}
              rowKey={(m) => m.id}
              empty={{ title: t('mail.empty'), description: t('mail.empty_hint') }}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
