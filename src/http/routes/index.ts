// Every /api/v1 route, in one list: the server registers these and OpenAPI describes exactly these.
import type { AnyRoute } from '../route.js';
import { systemRoutes } from './system.js';
import { authRoutes } from './auth.js';
import { meRoutes } from './me.js';
import { accountRoutes } from './accounts.js';
import { tokenRoutes } from './tokens.js';
import { outboxRoutes } from './outbox.js';
import { activityRoutes } from './activity.js';
import { planRoutes } from './plan.js';
import { contactCheckRoutes } from './contact-checks.js';
import { incidentRoutes } from './incidents.js';
import { intakeRoutes } from './intake.js';
import { incidentWorkRoutes } from './incident-work.js';
import { publicPageRoutes } from './public-pages.js';
import { messageRoutes } from './messages.js';
import { legalRoutes } from './legal.js';
import { evaluationRoutes } from './evaluation.js';
import { evaluationReportRoutes } from './evaluation-reports.js';
import { statusPageRoutes } from './status-page.js';
import { statusSubscriberRoutes } from './status-subscribers.js';
import { recipientRoutes } from './recipients.js';
import { exerciseRoutes } from './exercises.js';

export const apiRoutes: AnyRoute[] = [
  ...systemRoutes,
  ...authRoutes,
  ...meRoutes,
  ...accountRoutes,
  ...tokenRoutes,
  ...outboxRoutes,
  ...activityRoutes,
  ...planRoutes,
  ...contactCheckRoutes,
  ...incidentRoutes,
  ...intakeRoutes,
  ...incidentWorkRoutes,
  ...messageRoutes,
  ...legalRoutes,
  ...evaluationRoutes,
  ...evaluationReportRoutes,
  ...statusPageRoutes,
  ...statusSubscriberRoutes,
  ...recipientRoutes,
  ...exerciseRoutes,
  ...publicPageRoutes,
];
