// "Open the public status page": a plain link to /status in a new tab, so the app stays where it was.
import { Button } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PUBLIC_STATUS_PATH } from '../../api/status-page';

export function PublicPageLink({ variant = 'default' }: { variant?: 'default' | 'subtle' | 'light' }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={PUBLIC_STATUS_PATH}
      target="_blank"
      rel="noopener"
      variant={variant}
      leftSection={<IconExternalLink size={16} aria-hidden />}
    >
      {t('status.open_public')}
      <span className="sr-only"> {t('status.new_tab')}</span>
    </Button>
  );
}
