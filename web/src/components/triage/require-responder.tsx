// Guards triage: viewers read incidents but do not handle reports, so they see a plain explanation instead.
import { Suspense } from 'react';
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useAccount } from '../../lib/session';
import { PageHeader } from '../page-header';
import { PageLoader } from '../page-loader';

export function RequireResponder() {
  const { t } = useTranslation();
  if (useAccount().access_level === 'viewer') {
    return (
      <>
        <PageHeader title={t('triage.title')} />
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
          {t('triage.forbidden')}
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
