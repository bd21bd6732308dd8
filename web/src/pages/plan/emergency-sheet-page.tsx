// The emergency sheet, ready to print (A4) or download as a PDF: for the day email and the intranet are down.
import { Alert, Button, Group } from '@mantine/core';
import { IconFileTypePdf, IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EMERGENCY_SHEET_PDF_URL, useEmergencySheet } from '../../api/plan';
import { EmergencySheet } from '../../components/plan/emergency-sheet';
import { QueryState } from '../../components/query-state';
import { usePageTitle } from '../../lib/use-page-title';

export default function EmergencySheetPage() {
  const { t } = useTranslation();
  usePageTitle(t('plan.sheet.title'));
  const sheet = useEmergencySheet();
  return (
    <div className="sheet-page">
      <div className="no-print">
        <Group gap="xs" mb="sm">
          <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
            {t('plan.sheet.print')}
          </Button>
          <Button
            component="a"
            href={EMERGENCY_SHEET_PDF_URL}
            download
            variant="default"
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
          >
            {t('plan.sheet.pdf')}
          </Button>
          <Button component={Link} to="/plan" variant="subtle">
            {t('plan.back')}
          </Button>
        </Group>
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} mb="lg">
          {t('plan.sheet.advice')}
        </Alert>
      </div>
      <QueryState query={sheet} rows={8}>
        {(s) => <EmergencySheet sheet={s} />}
      </QueryState>
    </div>
  );
}
