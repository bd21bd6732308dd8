// The incident report as files to keep and send: the full report and the one-page summary for the board, each as
// PDF or Markdown, in Dutch or English (the reader's language first).
import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { reportUrl, type ReportFormat, type ReportKind } from '../../api/evaluation';
import { currentLanguage } from '../../i18n';
import { ReportLanguage } from '../report-language';

const KINDS: ReportKind[] = ['report', 'report-executive'];
const FORMATS: ReportFormat[] = ['pdf', 'md'];

export function ReportDownloads({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<'nl' | 'en'>(currentLanguage());
  return (
    <Stack gap="sm">
      <ReportLanguage label={t('evaluation.reports.language')} value={lang} onChange={setLang} />
      {KINDS.map((kind) => (
        <Stack key={kind} gap={4}>
          <Text size="sm" fw={600}>
            {t(`evaluation.reports.${kind}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`evaluation.reports.${kind}_hint`)}
          </Text>
          <Group gap="xs">
            {FORMATS.map((format) => (
              <Button
                key={format}
                component="a"
                href={reportUrl(incidentId, kind, format, lang)}
                download
                variant="default"
                size="xs"
                leftSection={<IconDownload size={14} aria-hidden />}
                aria-label={t('evaluation.reports.download_named', {
                  report: t(`evaluation.reports.${kind}`),
                  format: t(`evaluation.reports.format.${format}`),
                })}
              >
                {t(`evaluation.reports.format.${format}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
