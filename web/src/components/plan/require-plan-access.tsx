// Guards the plan pages: viewers see a plain "not for your access level" page (the API refuses them the plan).
import { Suspense } from 'react';
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useAccount } from '../../lib/session';
import { PageHeader } from '../page-header';
import { PageLoader } from '../page-loader';

export function RequirePlanAccess() {
  const { t } = useTranslation();
  if (useAccount().access_level === 'viewer') {
    return (
      <>
        <PageHeader title={t('plan.title')} />
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
          {t('plan.forbidden')}
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
