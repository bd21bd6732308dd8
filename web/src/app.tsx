// The app's routes: setup before anything else, the public pages before login, the team's pages after it.
import { lazy, Suspense, useEffect } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useMe, useSystem } from './api/queries';
import { FullPageLoader } from './components/full-page-loader';
import { PublicLayout } from './components/public-layout';
import { LoadError } from './components/query-state';
import { ALL_AREAS, setUiLanguage, withWords } from './i18n';
import { LoginPage } from './pages/login-page';
import { AccountTokenPage, ContactAckPage, ForgotPasswordPage, ReportPage, SetupPage } from './public-pages';

// Everything after login, with every area's words in the language shown: the layout's menu alone names five
// areas, and an incident's page shows the words of six. The login page needs neither.
const SignedInApp = lazy(() => withWords(ALL_AREAS, () => import('./signed-in-app')));

export function App() {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <AppRoutes />
    </Suspense>
  );
}

function AppRoutes() {
  const system = useSystem();
  const ready = system.data !== undefined && !system.data.setup_required;
  const me = useMe(ready);
  const language = me.data?.language;

  // After login the account's language rules the whole UI.
  useEffect(() => {
    if (language) setUiLanguage(language);
  }, [language]);

  if (system.isPending) return <FullPageLoader />;
  if (system.error) return <Unavailable error={system.error} onRetry={() => void system.refetch()} />;
  if (system.data.setup_required) {
    return (
      <Routes>
        <Route path="/setup" element={<SetupPage />} />
        <Route path="*" element={<Navigate to="/setup" replace />} />
      </Routes>
    );
  }
  if (me.isPending) return <FullPageLoader />;
  if (me.error) return <Unavailable error={me.error} onRetry={() => void me.refetch()} />;

  if (!me.data) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/account/token/:token" element={<AccountTokenPage />} />
        <Route path="/contact-check/:token" element={<ContactAckPage />} />
        <Route path="/report/:key" element={<ReportPage />} />
        <Route path="*" element={<ToLogin />} />
      </Routes>
    );
  }

  return <SignedInApp />;
}

/** Not logged in: remember where the person was going, and go there after login. */
function ToLogin() {
  const location = useLocation();
  const from = location.pathname === '/' ? undefined : location.pathname + location.search;
  return <Navigate to="/login" replace state={from ? { from } : undefined} />;
}

function Unavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t('unavailable.title')} intro={t('unavailable.intro')}>
      <LoadError error={error} />
      <Button onClick={onRetry}>{t('common.retry')}</Button>
    </PublicLayout>
  );
}
