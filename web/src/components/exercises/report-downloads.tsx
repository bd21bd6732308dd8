// The after-action report as files to keep and share: PDF or Markdown, in Dutch or English.
import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { reportUrl, type ReportFormat } from '../../api/exercises';
import { currentLanguage } from '../../i18n';

const FORMATS: ReportFormat[] = ['pdf', 'md'];

export function ReportDownloads({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<'nl' | 'en'>(currentLanguage());
  return (
    <Stack gap="sm">
      <Group gap="xs" align="center">
        <Text size="sm" id="exercise-report-language">
          {t('exercises.report.language')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-labelledby="exercise-report-language"
          value={lang}
          onChange={(v) => setLang(v as 'nl' | 'en')}
          data={[
            { value: 'nl', label: t('language.nl') },
            { value: 'en', label: t('language.en') },
          ]}
        />
      </Group>
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
