// Guards the admin pages: others see a plain "admins only" page instead of a broken one.
import { Suspense } from 'react';
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useIsAdmin } from '../lib/session';
import { PageHeader } from './page-header';
import { PageLoader } from './page-loader';

export function RequireAdmin() {
  const { t } = useTranslation();
  if (!useIsAdmin()) {
    return (
      <>
        <PageHeader title={t('forbidden.title')} />
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
          {t('forbidden.body')}
        </Alert>
      </>
    );
  }
  return (
    <Suspense fallback={<PageLoader />}>
      <Outlet />
    </Suspense>
  );
}
