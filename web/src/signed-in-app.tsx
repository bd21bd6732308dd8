// The team's pages after login, loaded with their words once someone has logged in (the login page needs none of it).
import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './components/app-layout';
import { RequirePlanAccess } from './components/plan/require-plan-access';
import { RequireAdmin } from './components/require-admin';
import { StatusPageLayout } from './components/status-page/status-page-layout';
import { RequireResponder } from './components/triage/require-responder';
import { AccountSettingsPage } from './pages/account-settings-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { AccountTokenPage, ContactAckPage, ReportPage } from './public-pages';

// Admin pages are loaded when first opened: most people never need them.
const AccountsPage = lazy(() => import('./pages/accounts-page'));
const ApiTokensPage = lazy(() => import('./pages/api-tokens-page'));
const MailPage = lazy(() => import('./pages/mail-page'));
const MailMessagePage = lazy(() => import('./pages/mail-message-page'));
const DeliveriesPage = lazy(() => import('./pages/deliveries-page'));
const ActivityPage = lazy(() => import('./pages/activity-page'));
// The plan's pages, too: the YAML editor (CodeMirror) and the parser are large.
const PlanOverviewPage = lazy(() => import('./pages/plan/overview-page'));
const PlanYamlPage = lazy(() => import('./pages/plan/yaml-page'));
const PlanVersionsPage = lazy(() => import('./pages/plan/versions-page'));
const PlanVersionPage = lazy(() => import('./pages/plan/version-page'));
const PlanDiffPage = lazy(() => import('./pages/plan/diff-page'));
const EmergencySheetPage = lazy(() => import('./pages/plan/emergency-sheet-page'));
const ContactCheckPage = lazy(() => import('./pages/plan/contact-check-page'));
// Triage and alert intake (issue 4).
const TriagePage = lazy(() => import('./pages/triage/triage-page'));
const IntakePage = lazy(() => import('./pages/intake/intake-page'));
const PlanEditPage = lazy(() => import('./pages/plan-edit/index').then((m) => ({ default: m.PlanEditPage })));
// Incidents (issue 4): the dashboard and the live incident page.
const IncidentListPage = lazy(() => import('./pages/incidents/list-page'));
const IncidentPage = lazy(() => import('./pages/incidents/incident-page'));
// Communication (issue 5): a message, a new one, and "who heard what, when".
const MessagePage = lazy(() => import('./pages/incidents/message-page'));
const MessageNewPage = lazy(() => import('./pages/incidents/message-new-page'));
const CommunicationPage = lazy(() => import('./pages/incidents/communication-page'));
// Legal clocks (issue 7): a duty's draft, every running clock, the breach register.
const ObligationPage = lazy(() => import('./pages/legal/obligation-page'));
const ObligationsPage = lazy(() => import('./pages/legal/obligations-page'));
const BreachRegisterPage = lazy(() => import('./pages/legal/breach-register-page'));
// Exercises (issue 9): start from a script, the facilitator's console, the participants' view, the results.
const ExercisesPage = lazy(() => import('./pages/exercises/exercises-page'));
const ExercisePage = lazy(() => import('./pages/exercises/exercise-page'));
// Evaluation (issue 8): an incident's review, the improvement backlog, the trends (charts: loaded only there).
const ReviewPage = lazy(() => import('./pages/evaluation/review-page'));
const BacklogPage = lazy(() => import('./pages/evaluation/backlog-page'));
const TrendsPage = lazy(() => import('./pages/evaluation/trends-page'));
// The public status page's administration (issue 6): components, maintenance, settings, subscribers.
const StatusComponentsPage = lazy(() => import('./pages/status-page/components-page'));
const StatusMaintenancePage = lazy(() => import('./pages/status-page/maintenance-page'));
const StatusSettingsPage = lazy(() => import('./pages/status-page/settings-page'));
const StatusSubscribersPage = lazy(() => import('./pages/status-page/subscribers-page'));

export default function SignedInApp() {
  return (
    <Routes>
      <Route path="/account/token/:token" element={<AccountTokenPage />} />
      <Route path="/contact-check/:token" element={<ContactAckPage />} />
      <Route path="/report/:key" element={<ReportPage />} />
      <Route path="/login" element={<AfterLogin />} />
      <Route path="/setup" element={<Navigate to="/" replace />} />
      <Route path="/forgot-password" element={<Navigate to="/settings" replace />} />
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="incidents" element={<IncidentListPage />} />
        <Route path="incidents/:id" element={<IncidentPage />} />
        <Route path="incidents/:id/messages/new" element={<MessageNewPage />} />
        <Route path="incidents/:id/messages/:messageId" element={<MessagePage />} />
        <Route path="incidents/:id/communication" element={<CommunicationPage />} />
        <Route path="incidents/:id/obligations/:obligationId" element={<ObligationPage />} />
        <Route path="obligations" element={<ObligationsPage />} />
        <Route path="breach-register" element={<BreachRegisterPage />} />
        <Route path="exercises" element={<ExercisesPage />} />
        <Route path="exercises/:id" element={<ExercisePage />} />
        <Route path="incidents/:id/review" element={<ReviewPage />} />
        <Route path="improvements" element={<BacklogPage />} />
        <Route path="trends" element={<TrendsPage />} />
        <Route path="settings" element={<AccountSettingsPage />} />
        <Route path="plan" element={<RequirePlanAccess />}>
          <Route index element={<PlanOverviewPage />} />
          <Route path="yaml" element={<PlanYamlPage />} />
          <Route path="versions" element={<PlanVersionsPage />} />
          <Route path="versions/:number" element={<PlanVersionPage />} />
          <Route path="diff" element={<PlanDiffPage />} />
          <Route path="emergency-sheet" element={<EmergencySheetPage />} />
          <Route path="contact-check" element={<ContactCheckPage />} />
          {/* The editor guards itself (admins only) and routes its own sections. */}
          <Route path="edit/*" element={<PlanEditPage />} />
        </Route>
        <Route path="status-page" element={<StatusPageLayout />}>
          <Route index element={<StatusComponentsPage />} />
          <Route path="maintenance" element={<StatusMaintenancePage />} />
          <Route element={<RequireAdmin />}>
            <Route path="settings" element={<StatusSettingsPage />} />
            <Route path="subscribers" element={<StatusSubscribersPage />} />
          </Route>
        </Route>
        <Route path="triage" element={<RequireResponder />}>
          <Route index element={<TriagePage />} />
        </Route>
        <Route path="admin" element={<RequireAdmin />}>
          <Route index element={<Navigate to="/admin/accounts" replace />} />
          <Route path="accounts" element={<AccountsPage />} />
          <Route path="tokens" element={<ApiTokensPage />} />
          <Route path="mail" element={<MailPage />} />
          <Route path="mail/:id" element={<MailMessagePage />} />
          <Route path="deliveries" element={<DeliveriesPage />} />
          <Route path="activity" element={<ActivityPage />} />
          <Route path="intake" element={<IntakePage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Back to where the person was going: a path on this site only (never `//host` or `/\\host`, another site). */
function AfterLogin() {
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  return <Navigate to={typeof from === 'string' && /^\/(?![/\\])/.test(from) ? from : '/'} replace />;
}
