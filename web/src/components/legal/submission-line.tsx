// What became of a duty that was met: sent (or people informed, or the entry made) when, by whom, with which
// reference, and how long after the deadline when it was late, so the record shows it without arithmetic.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../../api/legal';
import { formatDuration } from './countdown';
import { legalTime, minutesLate, submissionWords } from './legal-words';

export function SubmissionLine({ obligation: o }: { obligation: Obligation }) {
  const { t } = useTranslation();
  if (!o.submission) return null;
  const late = minutesLate(o);
  return (
    <Text size="sm">
      {t(`legal.obligation.done.${submissionWords(o.kind)}`, {
        when: legalTime(o.submission.submitted_at),
        reference: o.submission.reference,
        name: o.submission.submitted_by_name ?? t('legal.someone'),
      })}
      {late !== null && (
        <Text span size="sm" c="red.8" fw={600}>
          {' '}
          {t('legal.obligation.late', { time: formatDuration(t, late) })}
        </Text>
      )}
    </Text>
  );
}
