// The frame of the status page's screens: one heading, the link to the public page, and tabs for components,
// maintenance and (admins) settings and subscribers. Viewers get a plain explanation instead.
import { Suspense } from 'react';
import { Alert, Tabs } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAccount } from '../../lib/session';
import { PageHeader } from '../page-header';
import { PageLoader } from '../page-loader';
import { PublicPageLink } from './public-page-link';

const tabs = [
  { path: '/status-page', key: 'components', admin: false },
  { path: '/status-page/maintenance', key: 'maintenance', admin: false },
  { path: '/status-page/settings', key: 'settings', admin: true },
  { path: '/status-page/subscribers', key: 'subscribers', admin: true },
] as const;

export function StatusPageLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const level = useAccount().access_level;
  if (level === 'viewer') {
    return (
      <>
        <PageHeader title={t('status.title')} actions={<PublicPageLink />} />
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
          {t('status.viewer_note')}
        </Alert>
      </>
    );
  }
  const shown = tabs.filter((tab) => !tab.admin || level === 'admin');
  const current = [...shown].reverse().find((tab) => pathname.startsWith(tab.path))?.path ?? '/status-page';
  return (
    <>
      <PageHeader title={t('status.title')} description={t('status.intro')} actions={<PublicPageLink />} />
      <Tabs
        value={current}
        onChange={(v) => v && void navigate(v)}
        keepMounted={false}
        aria-label={t('status.tabs_label')}
      >
        <Tabs.List>
          {shown.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>
              {t(`status.tab.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={current} pt="lg">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
