// The pages shown without login besides the login page, each loaded (with its area's words) when first opened.
import { lazy } from 'react';
import { withWords } from './i18n';

export const SetupPage = lazy(() => import('./pages/setup-page').then((m) => ({ default: m.SetupPage })));
export const ForgotPasswordPage = lazy(() =>
  import('./pages/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
export const AccountTokenPage = lazy(() =>
  import('./pages/account-token-page').then((m) => ({ default: m.AccountTokenPage })),
);
export const ContactAckPage = lazy(() =>
  withWords(['plan'], () => import('./pages/plan/contact-ack-page')).then((m) => ({
    default: m.ContactAckPage,
  })),
);
export const ReportPage = lazy(() =>
  withWords(['triage'], () => import('./pages/report/report-page')).then((m) => ({ default: m.ReportPage })),
);
