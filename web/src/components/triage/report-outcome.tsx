// What became of a handled report: the incident it started or joined, or why it was dismissed, by whom and when.
import { Anchor, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Report } from '../../api/triage';
import { formatDateTime } from '../../lib/format';

export function ReportOutcome({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.status === 'new') return null;
  const by = report.handled_by_name ?? t('triage.outcome.someone');
  const when = formatDateTime(report.handled_at);
  const incident =
    report.incident_id && report.incident_reference ? (
      <Anchor component={Link} to={`/incidents/${encodeURIComponent(report.incident_id)}`} fw={600} />
    ) : (
      <span />
    );
  if (report.status === 'dismissed') {
    return (
      <Text size="sm" className="break-anywhere">
        {t('triage.outcome.dismissed', { by, when })}{' '}
        <Text span fs="italic">
          “{report.dismissed_reason ?? ''}”
        </Text>
      </Text>
    );
  }
  return (
    <Text size="sm">
      <Trans
        i18nKey={report.status === 'declared' ? 'triage.outcome.declared' : 'triage.outcome.merged'}
        values={{ reference: report.incident_reference ?? '', by, when }}
        components={{ incident }}
      />
    </Text>
  );
}
