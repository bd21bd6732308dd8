// The draft as files to send or keep: Markdown, PDF and JSON, as saved on the server.
import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportUrl, type ExportFormat } from '../../api/legal';

const FORMATS: ExportFormat[] = ['pdf', 'md', 'json'];

export function DraftDownloads({ incidentId, obligationId }: { incidentId: string; obligationId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {FORMATS.map((format) => (
        <Button
          key={format}
          component="a"
          href={exportUrl(incidentId, obligationId, format)}
          download
          variant="default"
          size="sm"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t(`legal.draft.download.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
