// Tells admins on every page that mail is not leaving the building: no SMTP server is configured.
import { Alert, Anchor } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function MailBanner() {
  const { t } = useTranslation();
  const inViewer = useLocation().pathname.startsWith('/admin/mail');
  return (
    <Alert color="yellow" variant="light" icon={<IconMailOff aria-hidden />} mb="lg" p="sm">
      {t('mail_banner.body')}
      {!inViewer && (
        <>
          {' '}
          <Anchor component={Link} to="/admin/mail" fw={600} size="sm">
            {t('mail_banner.link')}
          </Anchor>
        </>
      )}
    </Alert>
  );
}
