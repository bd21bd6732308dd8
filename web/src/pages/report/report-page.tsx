// The public report form at /report/:key: any employee reports something suspicious, without an account.
import { useState } from 'react';
import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isNotFound, useReportForm } from '../../api/triage';
import { PublicLayout } from '../../components/public-layout';
import { LoadError } from '../../components/query-state';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportForm, type SentReport } from './report-form';
import { ReportSent } from './report-sent';

export function ReportPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const form = useReportForm(key);
  const [sent, setSent] = useState<SentReport | null>(null);
  usePageTitle(t('triage.report.title'));

  if (form.isPending) {
    return (
      <PublicLayout title={t('triage.report.title')} width={600}>
        <Stack gap="sm" role="status" aria-label={t('common.loading')}>
          <Skeleton height={20} />
          <Skeleton height={120} />
          <Skeleton height={48} />
        </Stack>
      </PublicLayout>
    );
  }

  if (isNotFound(form.error)) {
    return (
      <PublicLayout title={t('triage.report.bad_link_title')} width={600}>
        <Alert color="orange" variant="light" icon={<IconLinkOff aria-hidden />} role="alert">
          {t('triage.report.bad_link_body')}
        </Alert>
        <Text>{t('triage.report.urgent_call')}</Text>
      </PublicLayout>
    );
  }

  if (form.error || !form.data) {
    return (
      <PublicLayout title={t('triage.report.title')} width={600}>
        <LoadError error={form.error} onRetry={() => void form.refetch()} />
        <Text>{t('triage.report.urgent_call')}</Text>
      </PublicLayout>
    );
  }

  const info = form.data;
  if (sent) {
    return <ReportSent info={info} sent={sent} onAnother={() => setSent(null)} />;
  }
  return (
    <PublicLayout
      title={t('triage.report.title')}
      intro={t('triage.report.intro', { organisation: info.organisation })}
      width={600}
    >
      <ReportForm formKey={key} onSent={setSent} />
    </PublicLayout>
  );
}
