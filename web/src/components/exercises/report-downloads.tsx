// The after-action report as files to keep and share: PDF or Markdown, in Dutch or English.
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { reportUrl, type ReportFormat } from '../../api/exercises';
import { currentLanguage } from '../../i18n';
import { ReportLanguage } from '../report-language';

const FORMATS: ReportFormat[] = ['pdf', 'md'];

export function ReportDownloads({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<'nl' | 'en'>(currentLanguage());
  return (
    <Stack gap="sm">
      <ReportLanguage label={t('exercises.report.language')} value={lang} onChange={setLang} />
      <Group gap="xs">
        {FORMATS.map((format) => (
          <Button
            key={format}
            component="a"
            href={reportUrl(exerciseId, format, lang)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t(`exercises.report.${format}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
