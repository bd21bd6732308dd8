// Admin: the secret link to the employee report form, to share on the intranet, with a copy button.
import { Anchor, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useReportLink } from '../../api/triage';
import { QueryState } from '../query-state';
import { Section } from '../section';
import { CopyValue } from './copy-value';

export function ReportLinkSection() {
  const { t } = useTranslation();
  const link = useReportLink();
  return (
    <Section
      id="report-link"
      title={t('triage.intake.link_title')}
      description={t('triage.intake.link_intro')}
    >
      <QueryState query={link} rows={1}>
        {({ url }) => (
          <>
            <CopyValue value={url} label={t('triage.intake.copy_link')} testId="report-link" />
            <Text size="sm">
              <Anchor href={url} target="_blank" rel="noopener">
                {t('triage.intake.open_form')}{' '}
                <IconExternalLink size={14} aria-hidden style={{ verticalAlign: -2 }} />
              </Anchor>
            </Text>
            <Text size="sm" c="dimmed">
              {t('triage.intake.link_secret')}
            </Text>
          </>
        )}
      </QueryState>
    </Section>
  );
}
