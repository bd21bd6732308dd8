// Admin: alert intake. The report form link to share, intake tokens per monitoring source, and how to connect each.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIntakeTokens } from '../../api/triage';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { IntakeInstructions } from '../../components/triage/intake-instructions';
import { IntakeTokenCreate } from '../../components/triage/intake-token-create';
import { IntakeTokenTable } from '../../components/triage/intake-token-table';
import { ReportLinkSection } from '../../components/triage/report-link-section';
import { InternalLinkSection } from '../../components/triage/internal-link-section';

export default function IntakePage() {
  const { t } = useTranslation();
  const tokens = useIntakeTokens();
  return (
    <>
      <PageHeader title={t('triage.intake.title')} description={t('triage.intake.intro')} />
      <Stack gap="lg">
        <ReportLinkSection />
        <InternalLinkSection />
        <Section
          id="tokens"
          title={t('triage.intake.tokens_title')}
          description={t('triage.intake.tokens_intro')}
        >
          <IntakeTokenCreate />
          <QueryState query={tokens} rows={2}>
            {(items) => <IntakeTokenTable tokens={items} />}
          </QueryState>
        </Section>
        <IntakeInstructions />
      </Stack>
    </>
  );
}
